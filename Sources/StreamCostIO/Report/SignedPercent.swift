import Foundation
import StreamCost

/// A relative change as terminal tables print it: `+10.0%`, `-2.5%`, `0.0%`, with a fixed
/// number of decimals so that columns line up. CSV files keep the exact fraction instead.
public enum SignedPercent {
  /// Decimals shown by default: one, enough to tell a 0.5 % tolerance from a move past it.
  public static let defaultPlaces = 1

  /// `share` (0.1 = 10 %) as a signed percentage rounded half-up; `placeholder` when nil.
  public static func text(_ share: Decimal?, places: Int = defaultPlaces, placeholder: String = "—") -> String {
    guard let share else { return placeholder }
    let percent = ExactDecimal.round(share * 100, places: places)
    return (percent > 0 ? "+" : "") + Format.grouped(percent, places: places) + "%"
  }
}
