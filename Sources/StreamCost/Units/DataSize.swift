/// An amount of data, in bytes.
///
/// Stored as `Double` because cluster-scale volumes (petabytes) exceed what
/// the model needs in integer precision; money is never derived from this
/// type without going through ``PricedQuantity`` rounding.
public struct DataSize: Hashable, Comparable, Sendable, Codable {
  /// Bytes.
  public var bytes: Double

  public init(bytes: Double) { self.bytes = bytes }

  public static func kib(_ n: Double) -> DataSize { DataSize(bytes: n * 1_024) }
  public static func mib(_ n: Double) -> DataSize { DataSize(bytes: n * 1_048_576) }
  public static func gib(_ n: Double) -> DataSize { DataSize(bytes: n * 1_073_741_824) }
  public static func tib(_ n: Double) -> DataSize { DataSize(bytes: n * 1_099_511_627_776) }
  public static func gb(_ n: Double) -> DataSize { DataSize(bytes: n * 1e9) }

  /// Size in GiB (2^30 bytes), the unit AWS bills storage in.
  public var gib: Double { bytes / 1_073_741_824 }
  /// Size in MiB (2^20 bytes).
  public var mib: Double { bytes / 1_048_576 }

  public static func < (a: DataSize, b: DataSize) -> Bool { a.bytes < b.bytes }
  public static func + (a: DataSize, b: DataSize) -> DataSize { DataSize(bytes: a.bytes + b.bytes) }
  public static func * (a: DataSize, k: Double) -> DataSize { DataSize(bytes: a.bytes * k) }
  public static func / (a: DataSize, k: Double) -> DataSize { DataSize(bytes: a.bytes / k) }
}
