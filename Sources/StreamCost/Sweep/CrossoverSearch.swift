import Foundation

/// Where the cheapest architecture changes along one varied parameter.
///
/// For each parameter, every line of the grid through it is walked (the other parameters held at
/// each combination of their values, so a two-parameter sweep gives one line per value of the
/// other parameter). Numeric values are walked in increasing order, words in the order given.
/// Where the cheapest architecture differs between two adjacent grid points, a numeric parameter
/// is bisected with real simulations (in log space for a geometric range, on whole numbers for a
/// whole-number key) until the bracket is within 1 % of its upper end; a word parameter reports
/// the switch between the two grid values.
///
/// In ``Mode/pair(_:_:)`` only two architectures are compared: the switches found are where the
/// cheaper of the two changes, whichever is cheapest overall. An architecture that cannot be sized
/// at a point counts as dearer than any that can (+∞); a point where none of the architectures
/// compared can be sized decides nothing, so no bracket starts or ends there.
public enum CrossoverSearch {
  /// Two adjacent grid points on one line whose cheapest architectures differ.
  public struct Bracket: Hashable, Sendable {
    public var axis: Int
    /// Combination indices of the lower and upper grid points.
    public var lower: Int
    public var upper: Int
  }

  /// A refined switch of the cheapest architecture.
  public struct Crossover: Hashable, Sendable {
    public var axis: Int
    /// Combination of the lower grid point (the other parameters' values are read from it).
    public var lower: Int
    public var upper: Int
    /// Estimated value of the switch (bracket midpoint; its upper end for whole numbers); nil for words.
    public var value: SweepQuantity?
    public var bracketLow: SweepQuantity?
    public var bracketHigh: SweepQuantity?
    /// Cheapest architecture just below and just above the switch.
    public var cheapestBelow: String
    public var cheapestAbove: String
    /// At the lower grid point, total of the architecture cheapest above ÷ total of the one
    /// cheapest below (≥ 1: how much the winner below wins by); at the upper grid point, the reverse.
    public var ratioBelow: Double
    public var ratioAbove: Double
    /// Simulations the bisection ran.
    public var simulations: Int
  }

  /// Relative width at which bisection stops.
  public static let tolerance = 0.01
  /// Simulations one bisection may run: 64 halvings narrow any bracket of doubles below 1 % (a
  /// guard against a bracket that never narrows, such as one stuck on a rounding boundary).
  public static let maximumSimulations = 64

  /// Every bracket of the grid, by axis, then line, then position along the line.
  public static func brackets(_ grid: SweepGrid, outcomes: [SweepOutcome], mode: Mode = .cheapest) -> [Bracket] {
    var found: [Bracket] = []
    for a in grid.axes.indices {
      let order = walkOrder(grid.axes[a])
      for index in 0..<grid.count {
        var start = grid.indices(of: index)
        guard start[a] == order[0] else { continue }
        var previous = index
        for position in order.dropFirst() {
          start[a] = position
          let next = grid.index(of: start)
          let below = winner(outcomes[previous], mode)
          let above = winner(outcomes[next], mode)
          if let below, let above, below != above {
            found.append(Bracket(axis: a, lower: previous, upper: next))
          }
          previous = next
        }
      }
    }
    return found
  }

  /// The cheapest of the architectures `mode` compares at one point; nil when none can be sized.
  public static func winner(_ outcome: SweepOutcome, _ mode: Mode) -> Int? {
    outcome.cheapest(among: mode.contenders(of: outcome.architectures.count))
  }

  /// Value indices of `axis` in walking order: increasing numbers, or as listed.
  public static func walkOrder(_ axis: SweepAxis) -> [Int] {
    guard axis.isNumeric else { return Array(axis.values.indices) }
    return axis.values.indices.sorted { axis.values[$0].quantity!.value < axis.values[$1].quantity!.value }
  }

  /// Refines `bracket`; `evaluate` simulates the lower combination with the axis set to a value.
  public static func refine(
    _ bracket: Bracket, grid: SweepGrid, outcomes: [SweepOutcome], wholeNumbers: Bool, mode: Mode = .cheapest,
    evaluate: (SweepQuantity) throws -> SweepOutcome
  ) rethrows -> Crossover {
    let axis = grid.axes[bracket.axis]
    let below = outcomes[bracket.lower]
    let above = outcomes[bracket.upper]
    let a = winner(below, mode) ?? 0
    let b = winner(above, mode) ?? 0
    let ratioBelow = ratio(below.architectures[b].totalValue, below.architectures[a].totalValue)
    let ratioAbove = ratio(above.architectures[a].totalValue, above.architectures[b].totalValue)
    let loValue = grid.values(of: bracket.lower)[bracket.axis].quantity
    let hiValue = grid.values(of: bracket.upper)[bracket.axis].quantity
    guard let loQ = loValue, let hiQ = hiValue else {
      return Crossover(
        axis: bracket.axis, lower: bracket.lower, upper: bracket.upper, value: nil, bracketLow: nil, bracketHigh: nil,
        cheapestBelow: below.architectures[a].name, cheapestAbove: above.architectures[b].name, ratioBelow: ratioBelow,
        ratioAbove: ratioAbove, simulations: 0)
    }
    let logScale = axis.scale == .geometric && loQ.value > 0
    var lo = loQ.value
    var hi = hiQ.value
    var winnerAbove = b
    var simulations = 0
    while simulations < Self.maximumSimulations {
      if wholeNumbers ? hi - lo <= 1 : hi - lo <= tolerance * max(abs(hi), abs(lo)) { break }
      var mid = logScale ? (lo * hi).squareRoot() : (lo + hi) / 2
      if wholeNumbers { mid = mid.rounded(.down) }
      if mid <= lo || mid >= hi { break }
      let outcome = try evaluate(loQ.with(value: mid))
      simulations += 1
      let cheapest = winner(outcome, mode)
      if cheapest == a {
        lo = mid
      } else {
        hi = mid
        winnerAbove = cheapest ?? b
      }
    }
    let estimate = wholeNumbers ? hi : (logScale ? (lo * hi).squareRoot() : (lo + hi) / 2)
    return Crossover(
      axis: bracket.axis, lower: bracket.lower, upper: bracket.upper, value: loQ.with(value: estimate),
      bracketLow: loQ.with(value: lo), bracketHigh: loQ.with(value: hi), cheapestBelow: below.architectures[a].name,
      cheapestAbove: below.architectures[winnerAbove].name, ratioBelow: ratioBelow, ratioAbove: ratioAbove,
      simulations: simulations)
  }

  static func ratio(_ numerator: Double, _ denominator: Double) -> Double {
    denominator > 0 ? numerator / denominator : (numerator > 0 ? .infinity : 1)
  }
}
