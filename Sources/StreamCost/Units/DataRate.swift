/// A throughput, in bytes per second.
public struct DataRate: Hashable, Comparable, Sendable, Codable {
  /// Bytes per second.
  public var bytesPerSecond: Double

  public init(bytesPerSecond: Double) { self.bytesPerSecond = bytesPerSecond }

  public static let zero = DataRate(bytesPerSecond: 0)
  public static func mbps(_ n: Double) -> DataRate { DataRate(bytesPerSecond: n * 1e6) }
  public static func mibps(_ n: Double) -> DataRate { DataRate(bytesPerSecond: n * 1_048_576) }

  /// Megabytes (10^6 bytes) per second.
  public var megabytesPerSecond: Double { bytesPerSecond / 1e6 }
  /// Mebibytes (2^20 bytes) per second.
  public var mebibytesPerSecond: Double { bytesPerSecond / 1_048_576 }

  /// Data moved at this rate over `span`.
  public func over(_ span: TimeSpan) -> DataSize { DataSize(bytes: bytesPerSecond * span.seconds) }

  public static func < (a: DataRate, b: DataRate) -> Bool { a.bytesPerSecond < b.bytesPerSecond }
  public static func + (a: DataRate, b: DataRate) -> DataRate {
    DataRate(bytesPerSecond: a.bytesPerSecond + b.bytesPerSecond)
  }
  public static func * (a: DataRate, k: Double) -> DataRate { DataRate(bytesPerSecond: a.bytesPerSecond * k) }
  public static func / (a: DataRate, k: Double) -> DataRate { DataRate(bytesPerSecond: a.bytesPerSecond / k) }
  /// How many times `b` fits in `a` (dimensionless).
  public static func / (a: DataRate, b: DataRate) -> Double { a.bytesPerSecond / b.bytesPerSecond }
}
