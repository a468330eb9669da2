/// The broker-count rule (``BrokerCount``) applied step after step, remembering its last answer.
///
/// A step's unrounded need changes at every step, but the whole number of brokers it rounds up
/// to seldom does (and then mostly to a count seen before), and the rest of the rule (a multiple
/// of Z, failure headroom) costs divisions: the need of every whole count met (below
/// ``remembered``) is remembered.
/// With the step's demands it also remembers the band of demands that round to the last whole
/// count, so that a step whose demands stay inside it needs no division at all.
struct NeedRounding {
  /// The last whole count (`Int.min` before the first call: no rounding gives it).
  private var whole = Int.min
  private var need = CapacityNeed(needed: 0, target: 0)
  /// The need of each whole count met so far below ``remembered`` (index: the count; a target
  /// of −1 where none was met).
  private var known: [CapacityNeed] = []
  /// Whole counts up to this are remembered (a few KB at most); larger ones are worked out.
  static let remembered = 4_096
  /// Demands at or under `upper` in every lane, and over `lower` in one, round to `whole`: the
  /// bounds of ``BrokerCount/roundUp(_:)`` times the capacities, narrowed by ``margin`` past any
  /// rounding of the quotients (NaN, which nothing is inside, before the first call).
  private var upper = SIMD4<Double>(repeating: .nan)
  private var lower = SIMD4<Double>(repeating: .nan)

  /// How far (relatively) the band sits inside the exact bounds: far above floating-point rounding
  /// (about 10⁻¹⁶) and far below ``ModelConstants/countTolerance``. Not a model figure: any such
  /// margin gives the same counts, as a step outside the band is worked out in full.
  static let margin = 1e-12

  /// The need for `brokers` before rounding, under `formulas`' minimum and topology (the same
  /// formulas at every call).
  @inline(__always)
  mutating func need<Formulas: StepFormulas>(brokers: Double, _ formulas: borrowing Formulas) -> CapacityNeed {
    let rounded = BrokerCount.roundUp(brokers)
    if rounded != whole {
      whole = rounded
      need = remembered(rounded, formulas)
    }
    return need
  }

  /// The need for `whole` brokers, from memory when it was met before.
  private mutating func remembered<Formulas: StepFormulas>(_ whole: Int, _ formulas: borrowing Formulas) -> CapacityNeed {
    guard whole >= 0 && whole < Self.remembered else { return formulas.need(whole: whole) }
    if whole < known.count, known[whole].target >= 0 { return known[whole] }
    let need = formulas.need(whole: whole)
    if whole >= known.count { known += repeatElement(CapacityNeed(needed: 0, target: -1), count: whole + 1 - known.count) }
    known[whole] = need
    return need
  }

  /// The need for a step's `demands` on an instance offering `capacities` (``StepFormulas/brokers(_:_:)``).
  @inline(__always)
  mutating func need<Formulas: StepFormulas>(
    demands: SIMD4<Double>, capacities: SIMD4<Double>, _ formulas: borrowing Formulas
  ) -> CapacityNeed {
    if all(demands .<= upper) && any(demands .> lower) { return need }
    let before = whole
    let need = need(brokers: Formulas.brokers(demands, capacities), formulas)
    if whole != before {
      let tolerance = ModelConstants.countTolerance
      upper = (Double(whole) + tolerance) * (1 - Self.margin) * capacities
      lower = (Double(whole) - 1 + tolerance) * (1 + Self.margin) * capacities
    }
    return need
  }
}
