import Foundation
import Testing

@testable import StreamCost

/// Money stays exact; text forms are locale-independent.
struct ExactDecimalTests {
  @Test func parsesPlainDecimalsOnly() {
    #expect(ExactDecimal.parse("0.0004") == Decimal(sign: .plus, exponent: -4, significand: 4))
    #expect(ExactDecimal.parse("1e-3") == Decimal(sign: .plus, exponent: -3, significand: 1))
    #expect(ExactDecimal.parse("abc") == nil)
    #expect(ExactDecimal.parse("1,5") == nil)
    #expect(ExactDecimal.parse("") == nil)
  }

  @Test func roundsHalfAwayFromZeroToSixPlaces() {
    #expect(ExactDecimal.rounded(0.1234565) == Decimal(string: "0.123457")!)
    #expect(ExactDecimal.rounded(2.5e-7) == Decimal(string: "0.000000")!)
    #expect(ExactDecimal.rounded(1.5e-6) == Decimal(string: "0.000002")!)
  }

  @Test func groupedMoneyForTables() {
    #expect(Format.grouped(Decimal(string: "1234567.891")!) == "1,234,567.89")
    #expect(Format.grouped(Decimal(string: "-1234.5")!, places: 0) == "-1,235")
    #expect(Format.grouped(0, places: 0) == "0")
    #expect(Format.duration(.hours(6)) == "6h")
    #expect(Format.duration(.milliseconds(250)) == "250ms")
  }
}
