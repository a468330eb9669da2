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
    self = GP3Provisioning(utilisation: utilisation, ioSize: ioSize).volume(sizeGiB: sizeGiB, throughput: throughput)
  }

  /// A volume as provisioned (``GP3Provisioning``).
  init(sizeGiB: Double, throughputMiBps: Double, iops: Double) {
    self.sizeGiB = sizeGiB
    self.throughputMiBps = throughputMiBps
    self.iops = iops
  }

  /// `capacity` in whole GiB, at least 1.
  static func sizeGiB(_ capacity: DataSize) -> Double { max(1, capacity.gib.rounded(.up)) }

  /// Throughput and IOPS every volume includes (docs/model.md §1.4).
  static var includedThroughputMiBps: Double { ModelDefaults.gp3IncludedThroughput.value.mebibytesPerSecond }
  static var includedIOPS: Double { ModelDefaults.gp3IncludedIOPS.value }

  /// Throughput above the included 125 MiB/s, billed per MiB/s-month.
  public var extraThroughputMiBps: Double { throughputMiBps - Self.includedThroughputMiBps }
  /// IOPS above the included 3,000, billed per IOPS-month.
  public var extraIOPS: Double { iops - Self.includedIOPS }

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

  /// Appends the amounts to `amounts` without building an array.
  public func append(count: Int, hours: Double, to amounts: inout MeterAmounts) {
    append(count: count, hours: hours, includedThroughput: Self.includedThroughputMiBps, includedIOPS: Self.includedIOPS, to: &amounts)
  }

  /// `append(count:hours:to:)` with the included throughput and IOPS already read (the simulator's hot path).
  @inline(__always)
  func append(count: Int, hours: Double, includedThroughput: Double, includedIOPS: Double, to amounts: inout MeterAmounts) {
    let n = Double(count)
    amounts.append(n * sizeGiB * 1_073_741_824 * hours)
    amounts.append(n * (throughputMiBps - includedThroughput) * hours)
    amounts.append(n * (iops - includedIOPS) * hours)
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
