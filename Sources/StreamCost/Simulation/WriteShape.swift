/// The shape of writing shared by every feed with the same profile: its factor at each step of the
/// horizon, and the factor-seconds written since its warm-up began, from which the bytes held over
/// any window come exactly (docs/model.md §5.1).
///
/// A feed writing `r` bytes/s with this shape writes `r × factor(k)` during step `k` and holds
/// `r × held(endOfStep: k, window: R)` bytes over a retention of `R` seconds. The window is never
/// rounded to steps: its start falls inside a step, whose part is taken in proportion (writing is
/// constant within a step). The memory is the shape's, not the feeds': two arrays of one value a step.
struct WriteShape: Sendable {
  /// The factor during each step of the horizon; empty when ``constant``.
  let factors: [Double]
  /// `prefix[j]`: factor-seconds written from the warm-up's first step to the start of its step `j`
  /// (`j` = 0 … warm-up + horizon); empty when ``constant``.
  let prefix: [Double]
  /// Steps of warm-up before the horizon.
  let warmSteps: Int
  /// Length of a step, s.
  let step: Double
  /// A flat load on a warm start: factor 1 at every instant, so that a window of `R` seconds holds
  /// exactly `R` factor-seconds, as in steady state.
  let constant: Bool

  /// The factor 1 at every instant, before and during the horizon.
  static func constant(step: Double) -> WriteShape {
    WriteShape(factors: [], prefix: [], warmSteps: 0, step: step, constant: true)
  }

  /// The shape with `factors` at each step of a grid whose first `warmSteps` steps are the warm-up
  /// (zero factors there for a cluster that starts empty).
  init(extended factors: [Double], warmSteps: Int, step: Double) {
    precondition(factors.count >= warmSteps, "\(factors.count) factors for a warm-up of \(warmSteps) steps")
    self.warmSteps = warmSteps
    self.step = step
    constant = false
    self.factors = Array(factors[warmSteps...])
    prefix = [Double](unsafeUninitializedCapacity: factors.count + 1) { buffer, count in
      buffer[0] = 0
      for j in factors.indices { buffer[j + 1] = buffer[j] + factors[j] * step }
      count = factors.count + 1
    }
  }

  private init(factors: [Double], prefix: [Double], warmSteps: Int, step: Double, constant: Bool) {
    (self.factors, self.prefix, self.warmSteps, self.step, self.constant) = (factors, prefix, warmSteps, step, constant)
  }

  /// The factor during step `k` of the horizon.
  @inline(__always)
  func factor(_ k: Int) -> Double { constant ? 1 : factors[k] }

  /// Factor-seconds written over the `window` seconds that end with step `k` of the horizon: the
  /// bytes a feed of 1 byte/s holds at that instant over a retention of `window`.
  @inline(__always)
  func held(endOfStep k: Int, window: Double) -> Double {
    if constant { return window }
    let end = warmSteps + k + 1
    let position = Double(end) - window / step
    // A window that reaches before the warm-up (only on an empty start, which has none) holds all written.
    guard position > 0 else { return prefix[end] }
    let j = Int(position)
    let fraction = position - Double(j)
    let begin = fraction == 0 ? prefix[j] : prefix[j] + (prefix[j + 1] - prefix[j]) * fraction
    return prefix[end] - begin
  }
}
