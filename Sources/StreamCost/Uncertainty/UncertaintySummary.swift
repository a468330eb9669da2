/// What a Monte Carlo run says about each architecture: the spread of its mean monthly bill (total
/// and per category), how often it is the cheapest, and how often it is short of capacity.
public struct UncertaintySummary: Sendable {
  /// Mean, the reported quantiles and the median's standard error of one series of monthly amounts.
  public struct Spread: Hashable, Sendable {
    public var mean: Double
    public var p5: Double
    public var p10: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p90: Double
    public var p95: Double
    /// Standard error of ``p50`` (``SampleQuantiles/medianStandardError``).
    public var p50Error: Double

    public init(_ values: [Double]) {
      let q = SampleQuantiles(values)
      mean = q.mean
      (p5, p10, p25, p50) = (q.quantile(0.05), q.quantile(0.10), q.quantile(0.25), q.quantile(0.50))
      (p75, p90, p95) = (q.quantile(0.75), q.quantile(0.90), q.quantile(0.95))
      p50Error = q.medianStandardError
    }

    /// ``p50Error`` as a fraction of ``p50``.
    public var relativeP50Error: Double { p50 != 0 ? p50Error / abs(p50) : (p50Error == 0 ? 0 : .infinity) }
  }

  public struct Architecture: Sendable {
    public var name: String
    public var kind: ArchitectureKind
    public var total: Spread
    /// One per `CostCategory.allCases`, in that order.
    public var categories: [Spread]
    /// Fraction of samples in which this architecture is the cheapest (the first listed on a tie).
    public var probabilityCheapest: Double
    /// Fraction of samples in which it is short of capacity for more than ``UncertaintySummary/shortHours``.
    public var probabilityShort: Double
    /// The spread of each billed month's total, one per ``UncertaintySummary/monthStarts``.
    public var monthly: [Spread]
  }

  public var samples: Int
  /// Hours short of capacity a sample may have before it counts as short.
  public var shortHours: Double
  public var architectures: [Architecture]
  /// First instant of each billed month (Unix seconds); empty when the samples' months were not priced.
  public var monthStarts: [Double]

  /// The summary of `outcomes` (one per sample, architectures in scenario order).
  public init(_ outcomes: [SweepOutcome], shortHours: Double) {
    samples = outcomes.count
    self.shortHours = shortHours
    let n = Double(max(1, outcomes.count))
    let names = outcomes.first?.architectures ?? []
    let months = Self.commonMonths(outcomes)
    monthStarts = months
    var cheapest = [Int](repeating: 0, count: names.count)
    for outcome in outcomes { if let c = outcome.cheapest { cheapest[c] += 1 } }
    architectures = names.indices.map { a in
      let totals = outcomes.map { $0.architectures[a].totalValue }
      let categories = CostCategory.allCases.indices.map { c in
        Spread(outcomes.map { $0.architectures[a].categories[c].doubleValue })
      }
      let short = outcomes.filter { $0.architectures[a].hoursShort > shortHours }.count
      let monthly = months.indices.map { m in
        Spread(outcomes.map { $0.architectures[a].monthlyTotals[m].doubleValue })
      }
      return Architecture(
        name: names[a].name, kind: names[a].kind, total: Spread(totals), categories: categories,
        probabilityCheapest: Double(cheapest[a]) / n, probabilityShort: Double(short) / n, monthly: monthly)
    }
  }

  /// The months every outcome priced for every architecture (the same horizon in every sample);
  /// none when any outcome lacks them.
  static func commonMonths(_ outcomes: [SweepOutcome]) -> [Double] {
    guard let months = outcomes.first?.monthStarts else { return [] }
    let complete = outcomes.allSatisfy { outcome in
      outcome.monthStarts == months && outcome.architectures.allSatisfy { $0.monthlyTotals.count == months.count }
    }
    return complete ? months : []
  }

  /// The largest relative standard error of an architecture's median total: the run has converged
  /// when this is below the precision asked for.
  public var worstRelativeP50Error: Double {
    architectures.map(\.total.relativeP50Error).max() ?? .infinity
  }
}
