import Foundation

/// What a sweep keeps of one simulation: each architecture's mean month and how it scaled, or,
/// for an architecture that no instance type can carry at this grid point, the limit that binds.
public struct SweepOutcome: Hashable, Sendable {
  public struct Architecture: Hashable, Sendable {
    public var name: String
    public var kind: ArchitectureKind
    /// Mean monthly total over the horizon (what `compare` shows), exact.
    public var total: Decimal
    /// Mean monthly cost per category, in `CostCategory.allCases` order.
    public var categories: [Decimal]
    public var peakCount: Int
    public var events: Int
    public var hoursShort: Double
    /// Why no instance type can carry this architecture here (nil when it was simulated): the
    /// sizing check that fails on the most capable type tried, e.g. one partition replica larger
    /// than a broker's disk. An infeasible architecture costs nothing here and ranks nowhere.
    public var bindingLimit: String?
    /// Each billed month's total, in month order; empty unless the simulator priced the months
    /// (``Simulator/pricesMonths``), and always for an infeasible architecture.
    public var monthlyTotals: [Decimal] = []

    public init(
      name: String, kind: ArchitectureKind, total: Decimal, categories: [Decimal], peakCount: Int, events: Int,
      hoursShort: Double, bindingLimit: String? = nil
    ) {
      self.name = name
      self.kind = kind
      self.total = total
      self.categories = categories
      self.peakCount = peakCount
      self.events = events
      self.hoursShort = hoursShort
      self.bindingLimit = bindingLimit
    }

    /// An architecture that cannot be sized at this grid point, because of `bindingLimit`.
    public static func infeasible(name: String, kind: ArchitectureKind, bindingLimit: String) -> Architecture {
      Architecture(
        name: name, kind: kind, total: 0, categories: Array(repeating: 0, count: CostCategory.allCases.count), peakCount: 0,
        events: 0, hoursShort: 0, bindingLimit: bindingLimit)
    }

    public var isFeasible: Bool { bindingLimit == nil }

    /// ``total`` as a floating-point number, for ratios and ranking; +∞ when infeasible, so that
    /// an architecture that cannot run is dearer than any that can.
    public var totalValue: Double { isFeasible ? total.doubleValue : .infinity }
  }

  public var architectures: [Architecture]
  /// First instant of each billed month (Unix seconds), when the months were priced.
  public var monthStarts: [Double] = []

  public init(architectures: [Architecture]) { self.architectures = architectures }

  /// The totals and scaling figures of `result`, architectures in scenario order.
  public init(_ result: SimulationResult) {
    architectures = result.comparison.results.enumerated().map { index, priced in
      var categories = [Decimal](repeating: 0, count: CostCategory.allCases.count)
      for line in priced.lines { categories[line.category.rank] += line.cost }
      let totals = index < result.totals.count ? result.totals[index] : nil
      var architecture = Architecture(
        name: priced.name, kind: priced.kind, total: priced.total, categories: categories, peakCount: totals?.peakCount ?? 0,
        events: totals?.events ?? 0, hoursShort: totals?.hoursShort ?? 0)
      architecture.monthlyTotals = result.months.compactMap { index < $0.results.count ? $0.results[index].total : nil }
      return architecture
    }
    monthStarts = result.months.map(\.start)
  }

  /// Index of the cheapest feasible architecture (the first listed on a tie); nil when none is feasible.
  public var cheapest: Int? { cheapest(among: architectures.indices) }

  /// Index of the cheapest feasible architecture of `contenders` (the first listed on a tie);
  /// nil when none of them is feasible.
  public func cheapest(among contenders: some Sequence<Int>) -> Int? {
    contenders.filter { architectures[$0].isFeasible }.min { a, b in
      architectures[a].total != architectures[b].total ? architectures[a].total < architectures[b].total : a < b
    }
  }

  /// Feasible architectures ordered from cheapest to dearest (scenario order on ties), as indices;
  /// infeasible ones are left out.
  public var ranking: [Int] {
    architectures.indices.filter { architectures[$0].isFeasible }.sorted { a, b in
      architectures[a].total != architectures[b].total ? architectures[a].total < architectures[b].total : a < b
    }
  }

  /// Whether any architecture could not be sized here.
  public var hasInfeasible: Bool { architectures.contains { !$0.isFeasible } }
}
