/// The broker-count rule (``BrokerCount``) applied step after step, remembering its last answer.
///
/// A step's unrounded need changes at every step, but the whole number of brokers it rounds up
/// to seldom does, and the rest of the rule (a multiple of Z, failure headroom) costs divisions.
struct NeedRounding {
  /// The last whole count (`Int.min` before the first call: no rounding gives it).
  private var whole = Int.min
  private var need = CapacityNeed(needed: 0, target: 0)

  /// The need for `brokers` before rounding, under `formulas`' minimum and topology (the same
  /// formulas at every call).
  @inline(__always)
  mutating func need<Formulas: StepFormulas>(brokers: Double, _ formulas: borrowing Formulas) -> CapacityNeed {
    let rounded = BrokerCount.roundUp(brokers)
    if rounded != whole {
      whole = rounded
      need = formulas.need(whole: rounded)
    }
    return need
  }
}
