import Foundation

/// How recomputed monthly costs compare with committed baselines, line by line.
///
/// A baseline is the expected `summary.csv` of each shipped scenario. `streamcost baseline check`
/// recomputes every scenario and fails when a line moves beyond a relative tolerance, or when a
/// scenario, architecture or category is present on one side only. So a price-book or model edit
/// that changes results fails CI until the baselines are updated on purpose.
///
/// A line moves beyond tolerance `t` when |now − baseline| > t × |baseline|; with a zero
/// baseline that is any change at all. Amounts are compared exactly (`Decimal`).
public struct BaselineDelta: Hashable, Sendable {
  /// Default relative tolerance: 0.5 % of the baseline amount (issue 4).
  public static let defaultTolerance = Fraction.percent(0.5)

  /// Decimals a tolerance is read to when it meets exact amounts: 10⁻⁹ of the baseline,
  /// far finer than any tolerance worth asking for, and exact for `0.5%` or `0.005`.
  public static let tolerancePlaces = 9

  /// One monthly amount: a scenario's architecture × category (or `total`) in the book's currency.
  public struct Line: Hashable, Sendable {
    /// The scenario's key: its file stem, which also names its baseline file.
    public var scenario: String
    public var architecture: String
    /// A `CostCategory` raw value, or `total`.
    public var category: String
    /// Monthly cost, exact.
    public var amount: Decimal

    public init(scenario: String, architecture: String, category: String, amount: Decimal) {
      self.scenario = scenario
      self.architecture = architecture
      self.category = category
      self.amount = amount
    }
  }

  /// A line (or a whole architecture or scenario) that fails the check.
  public struct Mismatch: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      /// Both sides have the line and it moved beyond tolerance.
      case moved
      /// Only the baseline has it: the scenario, architecture or category is no longer computed.
      case onlyInBaseline
      /// Only the recomputation has it: there is no baseline for it.
      case onlyNow
    }

    public var kind: Kind
    public var scenario: String
    /// Nil when the whole scenario is on one side only.
    public var architecture: String?
    /// Nil when the whole architecture (or scenario) is on one side only.
    public var category: String?
    /// Baseline amount; nil when absent from the baseline or not a single line.
    public var baseline: Decimal?
    /// Recomputed amount; nil when not computed now or not a single line.
    public var now: Decimal?

    public init(
      kind: Kind, scenario: String, architecture: String? = nil, category: String? = nil, baseline: Decimal? = nil,
      now: Decimal? = nil
    ) {
      self.kind = kind
      self.scenario = scenario
      self.architecture = architecture
      self.category = category
      self.baseline = baseline
      self.now = now
    }

    /// (now − baseline) ÷ baseline when both are known and the baseline is not zero.
    public var relativeChange: Decimal? {
      guard let baseline, let now, baseline != 0 else { return nil }
      return (now - baseline) / baseline
    }
  }

  /// The tolerance the lines were held to.
  public var tolerance: Fraction
  /// Scenarios on either side.
  public var scenarioCount: Int
  /// Lines present on both sides and compared against the tolerance.
  public var linesCompared: Int
  /// Every failure, by scenario (sorted), then architecture and category in report order.
  public var mismatches: [Mismatch]

  /// True when every line is within tolerance and both sides hold the same lines.
  public var passes: Bool { mismatches.isEmpty }

  /// Compares `now` with `baseline` line by line. Lines are keyed by scenario, architecture and
  /// category; when a key repeats, its first line counts.
  public init(baseline: [Line], now: [Line], tolerance: Fraction = defaultTolerance) throws(BaselineToleranceError) {
    guard tolerance.value >= 0, tolerance.value.isFinite else { throw BaselineToleranceError(tolerance: tolerance) }
    self.tolerance = tolerance
    let limit = ExactDecimal.rounded(tolerance.value, places: Self.tolerancePlaces)
    let scenarios = Set(baseline.map(\.scenario)).union(now.map(\.scenario)).sorted()
    scenarioCount = scenarios.count
    linesCompared = 0
    mismatches = []
    for scenario in scenarios {
      compare(scenario, baseline.filter { $0.scenario == scenario }, now.filter { $0.scenario == scenario }, limit: limit)
    }
  }

  mutating func compare(_ scenario: String, _ baseline: [Line], _ now: [Line], limit: Decimal) {
    guard !baseline.isEmpty, !now.isEmpty else {
      mismatches.append(Mismatch(kind: baseline.isEmpty ? .onlyNow : .onlyInBaseline, scenario: scenario))
      return
    }
    for architecture in Self.ordered(now.map(\.architecture) + baseline.map(\.architecture)) {
      let expected = baseline.filter { $0.architecture == architecture }
      let actual = now.filter { $0.architecture == architecture }
      guard !expected.isEmpty, !actual.isEmpty else {
        mismatches.append(
          Mismatch(kind: expected.isEmpty ? .onlyNow : .onlyInBaseline, scenario: scenario, architecture: architecture))
        continue
      }
      for category in Self.ordered(actual.map(\.category) + expected.map(\.category)) {
        let b = expected.first { $0.category == category }?.amount
        let n = actual.first { $0.category == category }?.amount
        let line = Mismatch(kind: .moved, scenario: scenario, architecture: architecture, category: category, baseline: b, now: n)
        guard let b, let n else {
          mismatches.append(with(line, kind: b == nil ? .onlyNow : .onlyInBaseline))
          continue
        }
        linesCompared += 1
        if Self.movesBeyond(baseline: b, now: n, limit: limit) { mismatches.append(line) }
      }
    }
  }

  /// The lines of `comparison` under the key `scenario`: per architecture, each category (zeros
  /// included) then `total`, as `summary.csv` lists them.
  public static func lines(of comparison: Comparison, scenario: String) -> [Line] {
    comparison.results.flatMap { result in
      CostCategory.allCases.map { Line(scenario: scenario, architecture: result.name, category: $0.rawValue, amount: result.cost($0)) }
        + [Line(scenario: scenario, architecture: result.name, category: Self.totalCategory, amount: result.total)]
    }
  }

  /// The category name of an architecture's total in `summary.csv`.
  public static let totalCategory = "total"

  /// |now − baseline| > limit × |baseline| (any change at all when the baseline is zero).
  public static func movesBeyond(baseline: Decimal, now: Decimal, limit: Decimal) -> Bool {
    abs(now - baseline) > limit * abs(baseline)
  }

  /// `names` without repeats, in order of first appearance.
  static func ordered(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }

  func with(_ mismatch: Mismatch, kind: Mismatch.Kind) -> Mismatch {
    var copy = mismatch
    copy.kind = kind
    return copy
  }
}

/// A baseline tolerance below zero (or not finite), which no line could ever satisfy.
public struct BaselineToleranceError: Error, Hashable, Sendable, CustomStringConvertible {
  public var tolerance: Fraction

  public init(tolerance: Fraction) { self.tolerance = tolerance }

  public var description: String {
    "tolerance \(Format.percent(tolerance)) is negative or not finite (accepted: a share of 0 or more, e.g. 0.5% or 0.005)"
  }
}
