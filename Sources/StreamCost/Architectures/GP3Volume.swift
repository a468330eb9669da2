import Foundation

/// One EBS gp3 volume per broker, provisioned for the capacity and throughput it must carry.
///
/// Size is whole GiB (EBS provisions GiB). Throughput is provisioned at
/// `need ÷ U_net`, never below the included throughput (the book's ``BlockVolumeFacts``); IOPS
/// follow from throughput ÷ I/O size. Only what exceeds the included allowance is billed.
public struct GP3Volume: Hashable, Sendable {
  /// Provisioned size, GiB.
  public var sizeGiB: Double
  /// Provisioned throughput, MiB/s.
  public var throughputMiBps: Double
  /// Provisioned IOPS.
  public var iops: Double

  public init(capacity: DataSize, throughput: DataRate, utilisation: Fraction, ioSize: DataSize, facts: BlockVolumeFacts) {
    self.init(sizeGiB: Self.sizeGiB(capacity), throughput: throughput, utilisation: utilisation, ioSize: ioSize, facts: facts)
  }

  /// A volume of `sizeGiB` (from ``sizeGiB(_:)``): for a fixed capacity, rounded once.
  init(sizeGiB: Double, throughput: DataRate, utilisation: Fraction, ioSize: DataSize, facts: BlockVolumeFacts) {
    self = GP3Provisioning(utilisation: utilisation, ioSize: ioSize, facts: facts).volume(sizeGiB: sizeGiB, throughput: throughput)
  }

  /// A volume as provisioned (``GP3Provisioning``).
  init(sizeGiB: Double, throughputMiBps: Double, iops: Double) {
    self.sizeGiB = sizeGiB
    self.throughputMiBps = throughputMiBps
    self.iops = iops
  }

  /// `capacity` in whole GiB, at least 1.
  static func sizeGiB(_ capacity: DataSize) -> Double { max(1, capacity.gib.rounded(.up)) }

  /// Throughput above the included, billed per MiB/s-month.
  public func extraThroughputMiBps(_ facts: BlockVolumeFacts) -> Double { throughputMiBps - facts.includedThroughputMiBps }
  /// IOPS above the included, billed per IOPS-month.
  public func extraIOPS(_ facts: BlockVolumeFacts) -> Double { iops - facts.includedIOPS }

  /// The three lines a set of gp3 volumes bills: storage, throughput and IOPS above the included,
  /// each volume's size explained by `sizeBasis` and its throughput by `throughputBasis`.
  public static func meterLines(label: String, facts: BlockVolumeFacts, sizeBasis: String, throughputBasis: String) -> [MeterLine] {
    let throughput = facts.includedThroughputMiBps
    return [
      MeterLine(.blockStorage, "\(label) gp3 storage", price: .rate(.blockStorage), .storage, explained: .volumeSize(basis: sizeBasis)),
      MeterLine(
        .blockStorage, "\(label) gp3 throughput above \(Format.number(throughput)) MiB/s", price: .rate(.blockThroughput),
        .throughput, explained: .volumeAbove(included: throughput, unit: "MiB/s", basis: throughputBasis)),
      MeterLine(
        .blockStorage, "\(label) gp3 IOPS above \(Format.grouped(Decimal(facts.includedIOPS), places: 0))", price: .rate(.blockIOPS), .iops,
        explained: .volumeAbove(included: facts.includedIOPS, unit: "IOPS", basis: "IOPS = throughput ÷ I/O size, at least the included")),
    ]
  }

  /// Amounts of ``meterLines(label:facts:)`` for `count` such volumes over `hours`.
  public func amounts(count: Int, hours: Double, facts: BlockVolumeFacts) -> [Double] {
    MeterAmounts.collect(lines: 3) { append(count: count, hours: hours, facts: facts, to: &$0) }
  }

  /// Appends the amounts to `amounts` without building an array.
  public func append(count: Int, hours: Double, facts: BlockVolumeFacts, to amounts: inout MeterAmounts) {
    append(
      count: Double(count), hours: hours, includedThroughput: facts.includedThroughputMiBps, includedIOPS: facts.includedIOPS,
      to: &amounts)
  }

  /// `append(count:hours:to:)` with the included throughput and IOPS already read (the simulator's
  /// hot path), for `n` volumes billed over the step (fractional while volumes are launched or
  /// released inside it).
  @inline(__always)
  func append(count n: Double, hours: Double, includedThroughput: Double, includedIOPS: Double, to amounts: inout MeterAmounts) {
    amounts.append(n * sizeGiB * 1_073_741_824 * hours)
    amounts.append(n * (throughputMiBps - includedThroughput) * hours)
    amounts.append(n * (iops - includedIOPS) * hours)
  }
}
