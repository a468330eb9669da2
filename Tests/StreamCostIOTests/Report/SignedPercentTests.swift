import Foundation
import Testing

@testable import StreamCostIO

/// Relative changes as terminal tables print them: sign, one decimal, half-up rounding.
struct SignedPercentTests {
  @Test(arguments: [
    ("0.1", "+10.0%"), ("-0.025", "-2.5%"), ("0", "0.0%"), ("0.25", "+25.0%"),
    ("0.00049", "0.0%"),  // 0.049 % rounds to 0.0: no sign on a zero
    ("0.00051", "+0.1%"),  // 0.051 % rounds half-up to 0.1
    ("-0.00049", "0.0%"),
    ("12.345", "+1,234.5%"),  // grouped like the money columns
  ])
  func shares(_ share: String, _ expected: String) {
    #expect(SignedPercent.text(Decimal(string: share)!) == expected, "\(share)")
  }

  @Test func aMissingShareIsThePlaceholder() {
    #expect(SignedPercent.text(nil) == "—")
    #expect(SignedPercent.text(nil, placeholder: "") == "")
  }

  @Test func placesCanBeChosen() {
    #expect(SignedPercent.text(Decimal(string: "0.123456")!, places: 2) == "+12.35%")
  }
}
