import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Ratios in CSV files: six significant digits, rounded half-up, whatever their magnitude.
@Suite struct SignificantRatioTests {
  static func ratio(_ text: String) -> String { ExactDecimal.plain(SignificantRatio.rounded(Decimal(string: text)!)) }

  @Test func thirdsAndElevenths() {
    // 1/3 = 0.333333…; −1/11 = −0.0909090909…: six digits after the leading zeros.
    #expect(ExactDecimal.plain(SignificantRatio.rounded(Decimal(1) / Decimal(3))) == "0.333333")
    #expect(ExactDecimal.plain(SignificantRatio.rounded(Decimal(-1) / Decimal(11))) == "-0.0909091")
  }

  @Test func shortRatiosStayAsTheyAre() {
    #expect(Self.ratio("0.1") == "0.1")
    #expect(Self.ratio("-0.25") == "-0.25")
    #expect(Self.ratio("0") == "0")
  }

  @Test func largeAndTinyRatiosKeepSixDigits() {
    #expect(Self.ratio("12.3456789") == "12.3457")
    #expect(Self.ratio("0.000123456789") == "0.000123457")
    #expect(Self.ratio("1234567.8") == "1234568")
  }

  @Test func anAbsentRatioIsAnEmptyCell() {
    #expect(SignificantRatio.cell(nil) == .text(""))
    #expect(SignificantRatio.cell(Decimal(string: "0.5")) == .number("0.5"))
  }
}
