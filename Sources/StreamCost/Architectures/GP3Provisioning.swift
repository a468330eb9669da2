/// How gp3 volumes are provisioned at one network utilisation and I/O size, with what is the same
/// for every volume worked out once: the simulator provisions each broker's volume at every step.
///
/// A volume whose need stays under the included throughput gets the included throughput and the
/// IOPS that follow from it, both fixed; ``volume(sizeGiB:throughput:)`` returns them without the
/// divisions and roundings of the general rule, and otherwise applies that rule. Either way the
/// volume is the one ``GP3Volume/init(capacity:throughput:utilisation:ioSize:)`` provisions.
struct GP3Provisioning: Sendable {
  /// U_net: throughput is provisioned at need ÷ U_net.
  let utilisation: Double
  /// Bytes per I/O: IOPS = throughput ÷ I/O size.
  let ioSize: Double
  /// What every volume includes (the book's ``BlockVolumeFacts``): MiB/s and IOPS.
  let includedThroughput: Double
  let includedIOPS: Double
  /// IOPS of a volume provisioned at the included throughput.
  let includedThroughputIOPS: Double
  /// Needs (MiB/s) up to which a volume keeps the included throughput: included × U_net, less
  /// ``margin``.
  let includedNeed: Double
  /// Bytes/s per broker up to which ``volume(sizeGiB:sharing:among:)`` gives the included
  /// throughput without dividing: ``includedNeed`` in bytes/s, less ``margin`` again, so that the
  /// rounding of the product with the count cannot carry a share past ``includedNeed``.
  let includedShare: Double

  /// How far (relatively) ``includedNeed`` sits below included × U_net: far above floating-point
  /// rounding (about 10⁻¹⁶), so a need under it is certain to round to no more than the included
  /// throughput after the division by U_net. Not a model figure: any such margin gives the same volumes.
  static let margin = 1e-9

  init(utilisation: Fraction, ioSize: DataSize, facts: BlockVolumeFacts) {
    self.utilisation = utilisation.value
    self.ioSize = ioSize.bytes
    includedThroughput = facts.includedThroughputMiBps
    includedIOPS = facts.includedIOPS
    includedThroughputIOPS = Self.iops(throughputMiBps: includedThroughput, ioSize: ioSize.bytes, included: includedIOPS)
    includedNeed = includedThroughput * utilisation.value * (1 - Self.margin)
    includedShare = includedNeed * 1_048_576 * (1 - Self.margin)
  }

  /// Each of `count` volumes of `sizeGiB` carrying an equal share of `total` bytes/s: the
  /// volume of total ÷ count, whose division is spared while the share stays under ``includedShare``.
  @inline(__always)
  func volume(sizeGiB: Double, sharing total: Double, among count: Int) -> GP3Volume {
    let n = Double(count)
    if count > 0 && total <= includedShare * n {
      return GP3Volume(sizeGiB: sizeGiB, throughputMiBps: includedThroughput, iops: includedThroughputIOPS)
    }
    return volume(sizeGiB: sizeGiB, throughput: DataRate(bytesPerSecond: total / n))
  }

  /// A volume of `sizeGiB` carrying `throughput`.
  @inline(__always)
  func volume(sizeGiB: Double, throughput: DataRate) -> GP3Volume {
    let need = throughput.mebibytesPerSecond
    if need <= includedNeed {
      return GP3Volume(sizeGiB: sizeGiB, throughputMiBps: includedThroughput, iops: includedThroughputIOPS)
    }
    let provisioned = max(includedThroughput, (need / utilisation).rounded(.up))
    return GP3Volume(
      sizeGiB: sizeGiB, throughputMiBps: provisioned,
      iops: Self.iops(throughputMiBps: provisioned, ioSize: ioSize, included: includedIOPS))
  }

  /// IOPS for a provisioned throughput: throughput ÷ I/O size, rounded up, at least the included.
  static func iops(throughputMiBps: Double, ioSize: Double, included: Double) -> Double {
    max(included, (throughputMiBps * 1_048_576 / ioSize).rounded(.up))
  }

  /// Appends the amounts of `count` such volumes over `hours` (``GP3Volume/meterLines(label:facts:)``).
  @inline(__always)
  func append(_ volume: GP3Volume, count: Double, hours: Double, to amounts: inout MeterAmounts) {
    volume.append(count: count, hours: hours, includedThroughput: includedThroughput, includedIOPS: includedIOPS, to: &amounts)
  }
}
