/// The broker-count rule (``BrokerCount``) applied step after step, remembering its last answer.
///
/// A step's unrounded need changes at every step, but the whole number of brokers it rounds up
/// to seldom does (and then mostly to a count seen before), and the rest of the rule (a multiple
/// of Z, failure headroom) costs divisions: the need of every whole count met (below
/// ``remembered``) is remembered.
/// With the step's demands it also remembers the band of demands that round to the last whole
/// count, so that a step whose demands stay inside it needs no division at all; and the band of
/// every whole count met, so that a step that moves to a neighbouring count needs none either.
struct NeedRounding {
  /// The last whole count (`Int.min` before the first call: no rounding gives it).
  private var whole = Int.min
  private var need = CapacityNeed(needed: 0, target: 0)
  /// The need of each whole count met so far below ``remembered`` (index: the count; a target
  /// of −1 where none was met).
  private var known: [CapacityNeed] = []
  /// Whole counts below this are remembered (their needs and bands: about 320 KB at most);
  /// larger ones are worked out.
  static let remembered = 4_096
  /// Demands at or under `upper` in every lane, and over `lower` in one, round to `whole`: the
  /// bounds of ``BrokerCount/roundUp(_:)`` times the capacities (and the demands' scale),
  /// narrowed by ``margin`` past any rounding of the quotients (NaN, which nothing is inside,
  /// before the first call).
  private var upper = SIMD4<Double>(repeating: .nan)
  private var lower = SIMD4<Double>(repeating: .nan)
  /// The band of each whole count met through the demands, below ``remembered`` (index: the
  /// count; NaN bounds where none was met). The capacities and scale are the same at every call.
  private var bands: [(upper: SIMD4<Double>, lower: SIMD4<Double>)] = []

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

  /// The need for a step's `demands` on an instance offering `capacities` (``StepFormulas/brokers(_:_:)``):
  /// ``need(raw:scale:capacities:_:)`` with nothing divided, for demands already divided.
  @inline(__always)
  mutating func need<Formulas: StepFormulas>(
    demands: SIMD4<Double>, capacities: SIMD4<Double>, _ formulas: borrowing Formulas
  ) -> CapacityNeed {
    need(raw: demands, scale: SIMD4(repeating: 1), capacities: capacities, formulas)
  }

  /// The need for a step whose demands are `raw ÷ scale` (``StepFormulas/rawDemands(_:)``,
  /// ``StepFormulas/demandScale``): the band is kept times `scale`, so that a step inside it
  /// divides by nothing. Those products and the quotient round by a few units in the last place,
  /// far inside ``margin``; a scale of 1 changes nothing.
  @inline(__always)
  mutating func need<Formulas: StepFormulas>(
    raw: SIMD4<Double>, scale: SIMD4<Double>, capacities: SIMD4<Double>, _ formulas: borrowing Formulas
  ) -> CapacityNeed {
    if all(raw .<= upper) && any(raw .> lower) { return need }
    if whole >= 0 && whole < Int.max {
      if move(to: whole + 1, raw) || move(to: whole - 1, raw) { return need }
    }
    let before = whole
    let need = need(brokers: Formulas.brokers(raw / scale, capacities), formulas)
    if whole != before {
      let tolerance = ModelConstants.countTolerance
      upper = (Double(whole) + tolerance) * (1 - Self.margin) * capacities * scale
      lower = (Double(whole) - 1 + tolerance) * (1 + Self.margin) * capacities * scale
      if whole >= 0 && whole < Self.remembered {
        let unmet = (upper: SIMD4<Double>(repeating: .nan), lower: SIMD4<Double>(repeating: .nan))
        if whole >= bands.count { bands += repeatElement(unmet, count: whole + 1 - bands.count) }
        bands[whole] = (upper, lower)
      }
    }
    return need
  }

  /// Moves to whole count `next` when `raw` lies inside its remembered band; whether it did.
  @inline(__always)
  private mutating func move(to next: Int, _ raw: SIMD4<Double>) -> Bool {
    guard next >= 0 && next < bands.count else { return false }
    let band = bands[next]
    guard all(raw .<= band.upper) && any(raw .> band.lower) else { return false }
    // A band is remembered only after its count's need was.
    (whole, need, upper, lower) = (next, known[next], band.upper, band.lower)
    return true
  }
}
