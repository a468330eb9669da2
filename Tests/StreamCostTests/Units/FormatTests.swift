import Foundation
import Testing

@testable import StreamCost

/// Numbers in notes are written by C's `printf`, as Foundation's `String(format:)` writes them.
struct FormatTests {
  static let values: [Double] = [
    0, -0.0, 1, -1, 0.5, 2.5, 1e-7, 123_456.789_012_5, 104.857_6, 1.005, 2.675, 1e15, .greatestFiniteMagnitude, -3.25e-3,
    .infinity, -.infinity, .nan,
  ]

  /// Every value at 0, 2, 4 and 6 places (ties, tiny, huge and non-finite numbers included) is
  /// written byte for byte as `String(format: "%.Nf")` writes it.
  @Test(arguments: [0, 2, 4, 6]) func fixedMatchesStringFormat(places: Int) {
    for value in Self.values {
      #expect(Format.fixed(value, places: places) == String(format: "%.\(places)f", value), "\(value)")
    }
  }

  /// Trailing zeros and a bare point are dropped, and negative zero is written as 0.
  @Test func countsAgreeWithTheirNoun() {
    #expect(Format.counted(1, "feed") == "1 feed")
    #expect(Format.counted(0, "feed") == "0 feeds")
    #expect(Format.counted(4, "architecture") == "4 architectures")
  }

  @Test func numberDropsTrailingZeros() {
    #expect(Format.number(2.5) == "2.5")
    #expect(Format.number(104.857_6, places: 2) == "104.86")
    #expect(Format.number(3) == "3")
    #expect(Format.number(-0.000_000_1) == "0")
    #expect(Format.rate(DataRate(bytesPerSecond: 104_857_600)) == "104.86 MB/s")
  }
}
