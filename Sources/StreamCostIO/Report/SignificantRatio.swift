import Foundation
import StreamCost

/// A ratio as CSV files print it: rounded half-up to six significant digits (`0.0370370`, not the
/// forty digits of an exact 1/27), so that a spreadsheet shows the figure a reader can use.
/// Money stays exact; only ratios are rounded.
public enum SignificantRatio {
  public static let digits = 6

  /// `value` rounded to ``digits`` significant digits.
  public static func rounded(_ value: Decimal) -> Decimal {
    guard value != 0 else { return 0 }
    let magnitude = Int(log10((abs(value) as NSDecimalNumber).doubleValue).rounded(.down))
    return ExactDecimal.round(value, places: max(0, digits - 1 - magnitude))
  }

  /// The CSV cell of a ratio; empty when there is none.
  public static func cell(_ value: Decimal?) -> CSVCell { value.map { .decimal(rounded($0)) } ?? .text("") }
}
