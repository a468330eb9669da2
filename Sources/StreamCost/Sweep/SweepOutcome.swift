import Foundation

/// What a sweep keeps of one simulation: each architecture's mean month and how it scaled.
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

    public init(
      name: String, kind: ArchitectureKind, total: Decimal, categories: [Decimal], peakCount: Int, events: Int,
      hoursShort: Double
    ) {
      self.name = name
      self.kind = kind
      self.total = total
      self.categories = categories
      self.peakCount = peakCount
      self.events = events
      self.hoursShort = hoursShort
    }

    /// ``total`` as a floating-point number, for ratios and ranking.
    public var totalValue: Double { total.doubleValue }
  }

  public var architectures: [Architecture]

  public init(architectures: [Architecture]) { self.architectures = architectures }

  /// The totals and scaling figures of `result`, architectures in scenario order.
  public init(_ result: SimulationResult) {
    architectures = result.comparison.results.enumerated().map { index, priced in
      var categories = [Decimal](repeating: 0, count: CostCategory.allCases.count)
      for line in priced.lines { categories[line.category.rank] += line.cost }
      let totals = index < result.totals.count ? result.totals[index] : nil
      return Architecture(
        name: priced.name, kind: priced.kind, total: priced.total, categories: categories, peakCount: totals?.peakCount ?? 0,
        events: totals?.events ?? 0, hoursShort: totals?.hoursShort ?? 0)
    }
  }

  /// Index of the cheapest architecture (the first listed on a tie); nil when there is none.
  public var cheapest: Int? {
    architectures.indices.min { a, b in architectures[a].total < architectures[b].total }
  }

  /// Architectures ordered from cheapest to dearest (scenario order on ties), as indices.
  public var ranking: [Int] {
    architectures.indices.sorted { a, b in
      architectures[a].total != architectures[b].total ? architectures[a].total < architectures[b].total : a < b
    }
  }
}
