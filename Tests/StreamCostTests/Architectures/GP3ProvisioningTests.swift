import Foundation
import Testing

@testable import StreamCost

/// The simulator's gp3 provisioning gives the volume of the published rule (docs/model.md §1.4):
/// throughput max(125 MiB/s, ⌈need ÷ U_net⌉), IOPS max(3,000, ⌈throughput ÷ I/O size⌉), whether or
/// not a need takes its shortcut for volumes that keep the included throughput.
struct GP3ProvisioningTests {
  /// The rule as written, from the volume's need in MiB/s.
  static func rule(needMiBps: Double, utilisation: Double, ioSize: Double) -> (throughput: Double, iops: Double) {
    let throughput = max(125, (needMiBps / utilisation).rounded(.up))
    return (throughput, max(3_000, (throughput * 1_048_576 / ioSize).rounded(.up)))
  }

  /// 100 MiB/s at U_net 0.8 is exactly 125 MiB/s: the included throughput, 500 IOPS of 256 KiB,
  /// so the included 3,000. 100.1 MiB/s needs ⌈125.125⌉ = 126 MiB/s and 504 IOPS, still 3,000.
  /// 400 MiB/s needs 500 MiB/s; with 64 KiB I/O that is 8,000 IOPS.
  @Test func handWorkedVolumes() {
    let p256 = GP3Provisioning(utilisation: Fraction(0.8), ioSize: .kib(256), facts: TestBook.book.facts.blockVolume)
    let atIncluded = p256.volume(sizeGiB: 10, throughput: .mibps(100))
    #expect(atIncluded == GP3Volume(sizeGiB: 10, throughputMiBps: 125, iops: 3_000))
    #expect(p256.volume(sizeGiB: 10, throughput: .mibps(100.1)) == GP3Volume(sizeGiB: 10, throughputMiBps: 126, iops: 3_000))
    let p64 = GP3Provisioning(utilisation: Fraction(0.8), ioSize: .kib(64), facts: TestBook.book.facts.blockVolume)
    #expect(p64.volume(sizeGiB: 100, throughput: .mibps(400)) == GP3Volume(sizeGiB: 100, throughputMiBps: 500, iops: 8_000))
    // 125 MiB/s of 16 KiB I/O is 8,000 IOPS: the included throughput can bill IOPS.
    let p16 = GP3Provisioning(utilisation: Fraction(0.5), ioSize: .kib(16), facts: TestBook.book.facts.blockVolume)
    #expect(p16.volume(sizeGiB: 1, throughput: .mibps(1)) == GP3Volume(sizeGiB: 1, throughputMiBps: 125, iops: 8_000))
  }

  /// Needs a few units in the last place on both sides of included × U_net and of the shortcut's
  /// threshold just under it, for several utilisations and I/O sizes: every one is provisioned as
  /// the rule says, and both the shortcut and the rule are taken.
  @Test func matchesTheRuleAroundTheIncludedThroughput() {
    for utilisation in [0.8, 0.7, 0.65, 1.0 / 3, 0.9999, 1] {
      for ioSize in [16_384.0, 65_536, 262_144, 100_000] {
        let provisioning = GP3Provisioning(utilisation: Fraction(utilisation), ioSize: DataSize(bytes: ioSize), facts: TestBook.book.facts.blockVolume)
        var needs = [0, 1e-300, 1, 124.999, 125, 125.001, 1e6]
        for boundary in [125 * utilisation, provisioning.includedNeed] { needs += boundary.neighbours(ulps: 40) }
        #expect(needs.contains { $0 <= provisioning.includedNeed } && needs.contains { $0 > provisioning.includedNeed })
        for need in needs {
          let volume = provisioning.volume(sizeGiB: 7, throughput: .mibps(need))
          let expected = Self.rule(needMiBps: DataRate.mibps(need).mebibytesPerSecond, utilisation: utilisation, ioSize: ioSize)
          #expect(volume.throughputMiBps == expected.throughput && volume.iops == expected.iops, "need \(need), U \(utilisation), I/O \(ioSize)")
          #expect(volume.sizeGiB == 7)
        }
      }
    }
  }

  /// A volume carrying its share of a total is the volume of total ÷ count, whether or not the
  /// share is found under the included need without dividing: totals a few units in the last place
  /// around count × ``GP3Provisioning/includedShare`` and count × 125 MiB/s × U_net, for 1 to 12 volumes.
  @Test func sharingATotalIsTheVolumeOfTheShare() {
    let mib = 1_048_576.0
    for utilisation in [0.8, 0.65, 1.0 / 3, 1] {
      let provisioning = GP3Provisioning(utilisation: Fraction(utilisation), ioSize: .kib(64), facts: TestBook.book.facts.blockVolume)
      var shortcuts = 0
      var divisions = 0
      for count in 1...12 {
        let n = Double(count)
        var totals = [0, 1, 100 * mib * n, 1e12]
        for boundary in [provisioning.includedShare * n, 125 * utilisation * mib * n] { totals += boundary.neighbours(ulps: 20) }
        for total in totals {
          if total <= provisioning.includedShare * n { shortcuts += 1 } else { divisions += 1 }
          let shared = provisioning.volume(sizeGiB: 3, sharing: total, among: count)
          #expect(shared == provisioning.volume(sizeGiB: 3, throughput: DataRate(bytesPerSecond: total / n)), "total \(total), \(count) volumes, U \(utilisation)")
        }
      }
      #expect(shortcuts > 0 && divisions > 0)
    }
  }

  /// The amounts it appends are ``GP3Volume``'s own: storage byte-hours, then throughput and IOPS above the included.
  @Test func appendsTheVolumesAmounts() {
    let provisioning = GP3Provisioning(utilisation: Fraction(0.8), ioSize: .kib(64), facts: TestBook.book.facts.blockVolume)
    let volume = provisioning.volume(sizeGiB: 100, throughput: .mibps(400))
    let amounts = MeterAmounts.collect(lines: 3) { provisioning.append(volume, count: 2, hours: 730, to: &$0) }
    // 2 × 100 GiB × 730 h; 2 × (500 − 125) × 730; 2 × (8,000 − 3,000) × 730.
    let storage: Double = 2 * 100 * 1_073_741_824 * 730
    let throughput: Double = 2 * 375 * 730
    let iops: Double = 2 * 5_000 * 730
    #expect(amounts == [storage, throughput, iops])
    #expect(amounts == volume.amounts(count: 2, hours: 730, facts: TestBook.book.facts.blockVolume))
  }
}
