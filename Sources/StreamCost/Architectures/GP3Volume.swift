import Foundation

/// One EBS gp3 volume per broker, provisioned for the capacity and throughput it must carry.
///
/// Size is whole GiB (EBS provisions GiB). Throughput is provisioned at
/// `need ÷ U_net`, never below the included 125 MiB/s; IOPS follow from
/// throughput ÷ I/O size. Only what exceeds the included allowance is billed.
public struct GP3Volume: Hashable, Sendable {
  /// Provisioned size, GiB.
  public var sizeGiB: Double
  /// Provisioned throughput, MiB/s.
  public var throughputMiBps: Double
  /// Provisioned IOPS.
  public var iops: Double

  public init(capacity: DataSize, throughput: DataRate, utilisation: Fraction, ioSize: DataSize) {
    self.init(sizeGiB: Self.sizeGiB(capacity), throughput: throughput, utilisation: utilisation, ioSize: ioSize)
  }

  /// A volume of `sizeGiB` (from ``sizeGiB(_:)``): for a fixed capacity, rounded once.
  init(sizeGiB: Double, throughput: DataRate, utilisation: Fraction, ioSize: DataSize) {
    self.sizeGiB = sizeGiB
    let included = ModelDefaults.gp3IncludedThroughput.value.mebibytesPerSecond
    let wanted = (throughput.mebibytesPerSecond / utilisation.value).rounded(.up)
    throughputMiBps = max(included, wanted)
    iops = max(ModelDefaults.gp3IncludedIOPS.value, (throughputMiBps * 1_048_576 / ioSize.bytes).rounded(.up))
  }

  /// `capacity` in whole GiB, at least 1.
  static func sizeGiB(_ capacity: DataSize) -> Double { max(1, capacity.gib.rounded(.up)) }

  /// Throughput above the included 125 MiB/s, billed per MiB/s-month.
  public var extraThroughputMiBps: Double {
    throughputMiBps - ModelDefaults.gp3IncludedThroughput.value.mebibytesPerSecond
  }
  /// IOPS above the included 3,000, billed per IOPS-month.
  public var extraIOPS: Double { iops - ModelDefaults.gp3IncludedIOPS.value }

  /// The three lines a set of gp3 volumes bills: storage, throughput and IOPS above the included.
  public static func meterLines(label: String) -> [MeterLine] {
    [
      MeterLine(.blockStorage, "\(label) gp3 storage", price: .rate(.blockStorage), .storage),
      MeterLine(.blockStorage, "\(label) gp3 throughput above 125 MiB/s", price: .rate(.blockThroughput), .throughput),
      MeterLine(.blockStorage, "\(label) gp3 IOPS above 3,000", price: .rate(.blockIOPS), .iops),
    ]
  }

  /// Amounts of ``meterLines(label:)`` for `count` such volumes over `hours`.
  public func amounts(count: Int, hours: Double) -> [Double] {
    MeterAmounts.collect(lines: 3) { append(count: count, hours: hours, to: &$0) }
  }

  /// Appends the amounts to `amounts` without building an array (the simulator's hot path).
  public func append(count: Int, hours: Double, to amounts: inout MeterAmounts) {
    let n = Double(count)
    amounts.append(n * sizeGiB * 1_073_741_824 * hours)
    amounts.append(n * extraThroughputMiBps * hours)
    amounts.append(n * extraIOPS * hours)
  }

  /// How each amount was derived, for line items.
  public func bases(count: Int, hours: Double, sizeBasis: String) -> [String] {
    [
      "\(count) volumes × \(Format.number(sizeGiB)) GiB × \(Format.number(hours)) h; \(sizeBasis)",
      "\(count) volumes × (\(Format.number(throughputMiBps)) − 125) MiB/s × \(Format.number(hours)) h",
      "\(count) volumes × (\(Format.number(iops)) − 3000) IOPS × \(Format.number(hours)) h; IOPS = throughput ÷ I/O size",
    ]
  }
}
