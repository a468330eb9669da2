import Foundation

/// How one meter line's amount is explained in `x_Assumption`: its formula in symbols, declared
/// with the line (``MeterLine``), and the figures that give its amount.
///
/// The text is built once per priced period from the period's amount and mean load
/// (``LineFigures``), never at a step: the steady month and a simulated month write it the same
/// way, so a flat load gives the same text in both, and every figure in it comes from the amount
/// the line bills, so the text cannot drift from the formulas (docs/model.md §5.3).
public enum LineExplanation: Hashable, Sendable {
  /// The brokers or agents (`role`, plural): N × hours, N the mean running count.
  case nodes(role: String)
  /// A fixed number of nodes for the whole period: count × hours.
  case fixed(count: Int, noun: String)
  /// One block volume per node: N volumes × GiB each × hours, and why that size.
  case volumeSize(basis: String)
  /// What each node's volume is provisioned above an included allowance: N volumes × (provisioned −
  /// included) `unit` × hours, and how the provisioned figure follows.
  case volumeAbove(included: Double, unit: String, basis: String)
  /// Bytes held (one copy, `formula`) × hours.
  case held(formula: String)
  /// Requests: the mean rate (`unit`, e.g. `PUT/s`) × seconds, and the rate's formula with its settings.
  case requests(unit: String, formula: String)
  /// Bytes crossing AZs: `formula` = the mean base rate × the share that crosses × hours; `none`
  /// says why nothing crosses when the amount is zero.
  case flow(formula: String, base: FlowBase, none: String)
  /// Bytes copied by resizes and recoveries (the simulation's rebalance lines).
  case moved
  /// A fixed text, for a line a setting leaves empty (e.g. combined KRaft controllers).
  case note(String)

  /// The load a cross-AZ flow is a share of.
  public enum FlowBase: Hashable, Sendable {
    /// W, the produce rate.
    case write
    /// F·W + Rc, tail and catch-up reads.
    case readers
  }

  /// The line's `x_Assumption`: its formula with the figures of `figures`.
  public func text(_ figures: LineFigures) -> String {
    let (amount, hours) = (figures.amount, figures.hours)
    let h = "\(ExplainNumber.text(hours)) h"
    let n = figures.count
    switch self {
    case .nodes(let role):
      let mean = ExplainNumber.isWhole(n) ? "" : "mean "
      let note = figures.sizingNote.isEmpty ? "" : "; \(figures.sizingNote)"
      return "\(ExplainNumber.text(amount)) \(role.dropLast())-hours = \(mean)\(ExplainNumber.text(n)) \(role) × \(h)\(note)"
    case .fixed(let count, let noun):
      return "\(count) \(noun) × \(h)"
    case .volumeSize(let basis):
      let each = Self.perNode(amount, hours: hours, count: n) / 1_073_741_824
      return "\(ExplainNumber.text(n)) volumes × \(ExplainNumber.text(each)) GiB × \(h); \(basis)"
    case .volumeAbove(let included, let unit, let basis):
      let above = Self.perNode(amount, hours: hours, count: n)
      return "\(ExplainNumber.text(n)) volumes × (\(ExplainNumber.text(above + included)) − \(ExplainNumber.text(included))) \(unit) × \(h); \(basis)"
    case .held(let formula):
      return "\(formula): \(Format.size(DataSize(bytes: ExplainNumber.snap(hours > 0 ? amount / hours : 0)))) held × \(h)"
    case .requests(let unit, let formula):
      let seconds = hours * 3_600
      let rate = seconds > 0 ? amount / seconds : 0
      return "\(ExplainNumber.text(rate, places: 4)) \(unit) × \(ExplainNumber.text(seconds)) s; \(unit) = \(formula)"
    case .flow(let formula, let base, let none):
      let seconds = hours * 3_600
      let rate = base == .write ? figures.write : figures.readers
      guard amount > 0, rate > 0, seconds > 0 else { return none.isEmpty ? "\(formula) = 0 × \(h)" : none }
      let share = amount / seconds / rate
      return "\(formula) = \(Format.rate(DataRate(bytesPerSecond: ExplainNumber.snap(rate)))) × \(ExplainNumber.text(share, places: 4)) × \(h)"
    case .note(let text):
      return text
    case .moved:
      return "bytes copied by resizes and recoveries: \(Format.size(DataSize(bytes: ExplainNumber.snap(amount))))"
    }
  }

  /// `amount` ÷ hours ÷ count: what one node's line holds on average.
  private static func perNode(_ amount: Double, hours: Double, count: Double) -> Double {
    hours > 0 && count > 0 ? amount / hours / count : 0
  }
}

/// The figures a line's explanation reads: its amount over the period and the period's mean load.
public struct LineFigures: Hashable, Sendable {
  /// The line's amount over the period, in its dimension's base unit.
  public var amount: Double
  /// The period's hours.
  public var hours: Double
  /// Mean brokers or agents running (the first line's amount ÷ hours).
  public var count: Double
  /// Mean W, bytes/s.
  public var write: Double
  /// Mean F·W + Rc, bytes/s.
  public var readers: Double
  /// Why the design runs its count (the first line only), e.g. `bound by network out, 5 before …`.
  public var sizingNote: String

  public init(amount: Double, hours: Double, count: Double, write: Double, readers: Double, sizingNote: String = "") {
    self.amount = amount
    self.hours = hours
    self.count = count
    self.write = write
    self.readers = readers
    self.sizingNote = sizingNote
  }
}

/// Numbers in explanations: grouped, at most a few decimals, and first rounded to
/// ``significantDigits`` so that a month summed step by step and the same month worked out at
/// once (which differ in the last bits) read the same.
enum ExplainNumber {
  /// Digits kept before formatting: far above any figure's meaning, far below a sum's rounding.
  static let significantDigits = 10.0

  /// `value` rounded to ``significantDigits`` significant digits.
  static func snap(_ value: Double) -> Double {
    guard value != 0, value.isFinite else { return value }
    let scale = Foundation.pow(10, significantDigits - Foundation.ceil(Foundation.log10(Swift.abs(value))))
    return (value * scale).rounded() / scale
  }

  /// Whether `value` is a whole number once snapped.
  static func isWhole(_ value: Double) -> Bool { snap(value) == snap(value).rounded() }

  /// `13,870`, `18.97`, `0.6667`: snapped, at most `places` decimals, thousands grouped.
  static func text(_ value: Double, places: Int = 2) -> String {
    let plain = Format.number(snap(value), places: places)
    let negative = plain.hasPrefix("-")
    let digits = negative ? plain.dropFirst() : Substring(plain)
    let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var whole = String(parts[0])
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + whole + grouped + fraction
  }
}
