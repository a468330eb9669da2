/// The broker-count rule (``BrokerCount``) applied step after step, remembering its last answer.
///
/// A step's unrounded need changes at every step, but the whole number of brokers it rounds up
/// to seldom does (and then often back), and the rest of the rule (a multiple of Z, failure
/// headroom) costs divisions: the last two whole counts' needs are remembered.
/// With the step's demands it also remembers the band of demands that round to the last whole
/// count, so that a step whose demands stay inside it needs no division at all.
struct NeedRounding {
  /// The last whole count (`Int.min` before the first call: no rounding gives it).
  private var whole = Int.min
  private var need = CapacityNeed(needed: 0, target: 0)
  /// The whole count before it and its need: a load hovering near a whole number of brokers
  /// rounds to the two in turn.
  private var previous = (whole: Int.min, need: CapacityNeed(needed: 0, target: 0))
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
      let last = (whole, need)
      need = rounded == previous.whole ? previous.need : formulas.need(whole: rounded)
      whole = rounded
      previous = last
    }
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
