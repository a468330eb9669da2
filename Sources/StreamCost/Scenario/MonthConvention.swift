/// How long the billed month is.
public enum MonthConvention: Hashable, Sendable, Codable {
  /// The 730-hour average month (AWS Pricing Calculator convention).
  case average730
  /// A real calendar month: `days` × 24 hours (672 to 744). `label` is `YYYY-MM`.
  case calendar(label: String, days: Int)

  /// Hours in the billed month.
  public var hours: Double {
    switch self {
    case .average730: ModelConstants.hoursPerBillingMonth
    case .calendar(_, let days): Double(days) * 24
    }
  }

  /// Text for outputs: `730h` or `calendar 2026-02 (672h)`.
  public var label: String {
    switch self {
    case .average730: "730h"
    case .calendar(let label, let days): "calendar \(label) (\(days * 24)h)"
    }
  }
}
