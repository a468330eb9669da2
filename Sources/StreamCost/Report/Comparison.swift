import Foundation

/// The result of `compare`: every architecture's priced month for one scenario and price book.
public struct Comparison: Hashable, Sendable, Codable {
  public var scenario: String
  public var description: String
  public var book: PriceBook.Info
  public var month: MonthConvention
  public var results: [ArchitectureResult]
  /// Scenario-wide parameters (workload, topology); per-architecture ones live on each result.
  public var assumptions: [Assumption]
  /// How the month was obtained: a steady state, or a simulation (horizon, step, mean of how many months).
  public var basis: String

  /// How the steady-state engine obtains its month.
  public static let steadyStateBasis = "steady state at the feeds' average rates"

  public init(
    scenario: String, description: String, book: PriceBook.Info, month: MonthConvention,
    results: [ArchitectureResult], assumptions: [Assumption], basis: String = Comparison.steadyStateBasis
  ) {
    self.scenario = scenario
    self.description = description
    self.book = book
    self.month = month
    self.results = results
    self.assumptions = assumptions
    self.basis = basis
  }

  enum CodingKeys: String, CodingKey {
    case scenario, description, book, month, results, assumptions, basis
  }

  /// Decodes a comparison; one recorded before `basis` existed reads as a steady state.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    scenario = try c.decode(String.self, forKey: .scenario)
    description = try c.decode(String.self, forKey: .description)
    book = try c.decode(PriceBook.Info.self, forKey: .book)
    month = try c.decode(MonthConvention.self, forKey: .month)
    results = try c.decode([ArchitectureResult].self, forKey: .results)
    assumptions = try c.decode([Assumption].self, forKey: .assumptions)
    basis = try c.decodeIfPresent(String.self, forKey: .basis) ?? Self.steadyStateBasis
  }

  /// Every assumption: scenario-wide first, then each architecture's in order.
  public var allAssumptions: [Assumption] { assumptions + results.flatMap(\.assumptions) }

  /// Share of the first architecture's total that `result` saves (negative when it costs more).
  public func saving(_ result: ArchitectureResult) -> Decimal? {
    guard let baseline = results.first?.total, baseline > 0 else { return nil }
    return (baseline - result.total) / baseline
  }

  /// Categories any architecture has a cost in, in report order.
  public var usedCategories: [CostCategory] {
    CostCategory.allCases.filter { category in results.contains { $0.cost(category) != 0 } }
  }
}
