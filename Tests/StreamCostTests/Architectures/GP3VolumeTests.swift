import Foundation
import Testing

@testable import StreamCost

/// gp3 provisioning: whole GiB, throughput at need ÷ U_net, IOPS from throughput ÷ I/O size;
/// only what exceeds the included 125 MiB/s and 3,000 IOPS is billed (docs/model.md §1.4).
struct GP3VolumeTests {
  /// 400 MiB/s needed at U_net 0.8 → 500 MiB/s provisioned, 375 above 125: 375 × $0.04 = $15 per volume-month.
  /// With 64 KiB I/O, 500 MiB/s = 8,000 IOPS, 5,000 above 3,000: 5,000 × $0.005 = $25.
  /// 99.5 GiB rounds up to 100 GiB: 100 × $0.08 = $8. Two volumes: 2 × (8 + 15 + 25) = $96.
  @Test func billsOnlyWhatExceedsTheIncludedPerformance() throws {
    let volume = GP3Volume(
      capacity: .gib(99.5), throughput: .mibps(400), utilisation: Fraction(0.8), ioSize: .kib(64), facts: TestBook.book.facts.blockVolume)
    #expect(volume.sizeGiB == 100)
    #expect(volume.throughputMiBps == 500)
    #expect(volume.iops == 8_000)
    let usages = zip(GP3Volume.meterLines(label: "Test", facts: TestBook.book.facts.blockVolume, sizeBasis: "", throughputBasis: ""), volume.amounts(count: 2, hours: 730, facts: TestBook.book.facts.blockVolume)).map { line, amount in
      Usage(line.category, line.description, price: line.price, amount: Metered(line.dimension, amount), basis: "")
    }
    let lines = try Pricer(book: TestBook.book, monthHours: 730).price(usages)
    #expect(lines.map(\.cost) == [16, 30, 50].map { Decimal($0) })
  }

  /// A lightly loaded volume keeps the included 125 MiB/s and 3,000 IOPS and bills storage only.
  @Test func smallVolumeBillsStorageOnly() {
    let volume = GP3Volume(capacity: .gib(10), throughput: .mibps(5), utilisation: Fraction(0.8), ioSize: .kib(256), facts: TestBook.book.facts.blockVolume)
    #expect(volume.throughputMiBps == 125)
    #expect(volume.iops == 3_000)
    #expect(volume.amounts(count: 1, hours: 730, facts: TestBook.book.facts.blockVolume) == [10 * 1_073_741_824 * 730, 0, 0])
  }
}
