import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// ByteText renders numbers and instants byte-identical to Format.number and ISOTimestamp.format.
struct ByteTextTests {
  static func number(_ value: Double) -> String {
    var out: [UInt8] = []
    ByteText.appendNumber(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func instant(_ value: Double) -> String {
    var out: [UInt8] = []
    ByteText.appendInstant(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// SplitMix64 (Steele, Lea, Flood 2014): a fixed, seeded sequence, so failures reproduce.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func handPickedNumbers() {
    // Expected texts written by hand: %.6f, then trailing zeros and a bare point dropped.
    let cases: [(Double, String)] = [
      (0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (0.5, "0.5"), (0.125, "0.125"), (1.25, "1.25"),
      (104_857_600, "104857600"), (1.5e12, "1500000000000"), (0.000_001, "0.000001"), (0.000_000_4, "0"),
      (-0.000_000_4, "0"), (0.999_999_9, "1"), (-2.5, "-2.5"), (123.456_789_4, "123.456789"),
    ]
    for (value, text) in cases {
      #expect(Self.number(value) == text, "\(value)")
      #expect(Format.number(value) == text, "Format.number(\(value))")
    }
  }

  @Test func tiesAndOutOfRangeValuesMatchFormatNumber() {
    // Near-ties and values the fast path refuses go through Format.number itself.
    for value in [0.000_000_5, 2.000_000_5, 0.000_001_5, 1e15, 1.5e16, -3e20, Double.infinity, -.infinity, .nan, .greatestFiniteMagnitude] {
      #expect(Self.number(value) == Format.number(value), "\(value)")
    }
  }

  @Test func randomNumbersMatchFormatNumber() {
    var random = SplitMix64(state: 2026)
    for _ in 0..<20_000 {
      // Magnitudes 10^-9 … 10^16, both signs, plus whole numbers and binary fractions.
      let exponent = Double.random(in: -9...16, using: &random)
      var value = pow(10, exponent) * (Bool.random(using: &random) ? 1 : -1)
      switch Int.random(in: 0..<4, using: &random) {
      case 0: value = value.rounded()
      case 1: value = (value * 1_024).rounded() / 1_024
      default: break
      }
      #expect(Self.number(value) == Format.number(value), "\(value)")
    }
  }

  @Test func integersMatchStringConversion() {
    for value in [0, 7, 10, 99, 100, 123_456_789, -42, Int.max, Int.min] {
      var out: [UInt8] = []
      ByteText.appendInteger(value, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
  }

  @Test func instantsMatchISOTimestamp() {
    // 1767225600 = 2026-01-01T00:00:00Z (GNU date), plus an hour; 2000-02-29 (a leap day); the epoch.
    #expect(Self.instant(1_767_225_600) == "2026-01-01T00:00:00Z")
    #expect(Self.instant(1_767_229_200) == "2026-01-01T01:00:00Z")
    #expect(Self.instant(951_782_400 + 45_296.75) == "2000-02-29T12:34:56Z")
    #expect(Self.instant(0) == "1970-01-01T00:00:00Z")
    var random = SplitMix64(state: 7)
    for _ in 0..<5_000 {
      let instant = Double.random(in: -1e9...7e9, using: &random).rounded()
      #expect(Self.instant(instant) == ISOTimestamp.format(instant), "\(instant)")
    }
  }
}
