/// The maths of a sensitivity run: per architecture, how far each assumption moves its total,
/// largest first, and whether the assumption changes which architecture is cheapest.
public struct Tornado: Hashable, Sendable {
  /// One assumption's effect on one architecture.
  public struct Bar: Hashable, Sendable {
    public var parameter: String
    public var architecture: String
    public var low: Double
    public var base: Double
    public var high: Double
    /// Largest minus smallest of low, base and high.
    public var swing: Double
    /// Swing as a share of the base total.
    public var share: Double
  }

  /// One assumption's effect on the ranking.
  public struct Flip: Hashable, Sendable {
    public var parameter: String
    public var cheapestLow: String
    public var cheapestBase: String
    public var cheapestHigh: String
    /// True when the cheapest architecture at low or high differs from the base's.
    public var flips: Bool
    /// True when the order of the architectures (cheapest to dearest) changes at low or high.
    public var reorders: Bool
  }

  /// Bars of each architecture (scenario order), each list sorted by swing, largest first
  /// (the catalog's order on ties).
  public var bars: [[Bar]]
  public var flips: [Flip]

  /// `low[i]` and `high[i]` are the outcomes with parameter `i` at its low and high value.
  public init(parameters: [String], base: SweepOutcome, low: [SweepOutcome], high: [SweepOutcome]) {
    let names = base.architectures.map(\.name)
    bars = names.indices.map { a in
      let b = base.architectures[a].totalValue
      let unsorted = parameters.indices.map { p in
        let l = low[p].architectures[a].totalValue
        let h = high[p].architectures[a].totalValue
        let swing = max(l, b, h) - min(l, b, h)
        return Bar(parameter: parameters[p], architecture: names[a], low: l, base: b, high: h, swing: swing, share: b > 0 ? swing / b : 0)
      }
      return unsorted.indices.sorted { x, y in
        unsorted[x].swing != unsorted[y].swing ? unsorted[x].swing > unsorted[y].swing : x < y
      }.map { unsorted[$0] }
    }
    let cheapest = base.cheapest.map { names[$0] } ?? ""
    flips = parameters.indices.map { p in
      let l = low[p].cheapest.map { names[$0] } ?? ""
      let h = high[p].cheapest.map { names[$0] } ?? ""
      return Flip(
        parameter: parameters[p], cheapestLow: l, cheapestBase: cheapest, cheapestHigh: h, flips: l != cheapest || h != cheapest,
        reorders: low[p].ranking != base.ranking || high[p].ranking != base.ranking)
    }
  }

  /// True when any assumption changes the cheapest architecture.
  public var anyFlip: Bool { flips.contains(where: \.flips) }
}
