import Foundation

extension LoadProfile {
  /// The load factor of each step of `grid`: the product of every component's factors (all 1 when flat).
  ///
  /// A rate `r` with this profile runs at `r × factors[i]` during step `i`. Each component's factor
  /// is its **average over the step** `[instant(i), instant(i) + step)`, worked out exactly, so that
  /// the bytes a step writes are the profile's integral over it and do not depend on the step length
  /// (docs/model.md §5, step convergence):
  ///
  /// - **diurnal hourly**: the 24 factors are divided by their mean (mean 1); a step takes the
  ///   time-weighted mean of the hourly factors it covers (UTC hours).
  /// - **diurnal peak(hour, m)**: the mean of ``PeakWave``'s continuous wave over the step.
  /// - **weekly**: the 7 factors (Monday first) are divided by their mean; a step takes the
  ///   time-weighted mean over the UTC weekdays it covers.
  /// - **spikes**: each spike multiplies by `1 + (multiplier − 1) × s(t)`, where `s` is 0 before
  ///   `start`, rises linearly to 1 over `ramp`, holds 1 for `duration`, falls linearly to 0 over
  ///   `ramp`, then stays 0; a step takes the mean of `s` over it (the trapezoid's exact integral).
  ///   Several spikes multiply their means (exact while they do not overlap inside one step).
  /// - **growth g per month**: the mean of `(1 + g)^(t / 730 h)` over the step, `t` the offset from
  ///   `origin`.
  /// - **series**: the series' mean over each step (``MeasuredSeries/resampled(on:)``) divided by its
  ///   mean over the steps from `origin` on, a shape of mean 1. A series that is 0 there gives 0.
  ///
  /// Components multiply step by step: the mean of a product is the product of the means only
  /// when at most one component varies within the step (docs/model.md §5 states the precondition).
  ///
  /// `origin` is the instant (s since the epoch) that spike and growth offsets count from: the
  /// scenario's start. By default the grid's start; a grid that starts earlier (a warm-up before
  /// the horizon) passes the scenario's start, and its earlier steps have negative offsets.
  public func factors(on grid: TimeGrid, origin: Double? = nil) -> [Double] {
    let origin = origin ?? grid.start
    var product = [Double](repeating: 1, count: grid.count)
    for component in components {
      if case .spikes(let spikes) = component {
        // Spike factors are exactly 1 away from the spikes: only the steps near them are multiplied.
        for i in ProfileComponent.steps(near: spikes, on: grid, origin: origin) {
          product[i] *= ProfileComponent.factor(spikes, at: i, on: grid, origin: origin)
        }
        continue
      }
      let factors = component.factors(on: grid, origin: origin)
      product.withUnsafeMutableBufferPointer { product in
        factors.withUnsafeBufferPointer { factors in
          for i in product.indices { product[i] *= factors[i] }
        }
      }
    }
    return product
  }
}

extension ProfileComponent {
  /// This component's factor at each step of `grid` (rules in ``LoadProfile/factors(on:origin:)``).
  public func factors(on grid: TimeGrid, origin: Double? = nil) -> [Double] {
    let origin = origin ?? grid.start
    switch self {
    case .diurnal(.hourly(let factors)):
      return PeriodicSteps(values: factors.normalisedToMeanOne, width: TimeGrid.secondsPerHour, origin: 0).factors(on: grid)
    case .diurnal(.peak(let hour, let multiplier)):
      return PeakWave(hour: hour, multiplier: multiplier).factors(on: grid)
    case .weekly(let factors):
      return PeriodicSteps(values: factors.normalisedToMeanOne, width: TimeGrid.secondsPerDay, origin: PeriodicSteps.firstMonday)
        .factors(on: grid)
    case .spikes(let spikes):
      // Every spike's factor is exactly 1 outside its span: only steps near a span are worked out.
      return Self.factors(spikes, on: grid, origin: origin)
    case .growth(let perMonth):
      let rate = log1p(perMonth) / Self.growthPeriod
      return (0..<grid.count).map { i in Self.meanExponential(rate, from: grid.instant(i) - origin, length: grid.step) }
    case .series(let series):
      let means = series.resampled(on: grid)
      let horizon = (0..<grid.count).filter { grid.instant($0) >= origin }
      let mean = horizon.isEmpty ? 0 : horizon.reduce(0) { $0 + means[$1] } / Double(horizon.count)
      return mean > 0 ? means.map { $0 / mean } : means.map { _ in 0 }
    }
  }

  /// The mean of `e^(rate·t)` over `t ∈ [from, from + length)`: `e^(rate·from) × (e^(rate·length) − 1) ÷ (rate·length)`.
  static func meanExponential(_ rate: Double, from: Double, length: Double) -> Double {
    let x = rate * length
    guard x != 0 else { return exp(rate * from) }
    return exp(rate * from) * expm1(x) / x
  }

  /// The product of `spikes`' step means at each step.
  static func factors(_ spikes: [Spike], on grid: TimeGrid, origin: Double) -> [Double] {
    var factors = [Double](repeating: 1, count: grid.count)
    for i in steps(near: spikes, on: grid, origin: origin) { factors[i] = factor(spikes, at: i, on: grid, origin: origin) }
    return factors
  }

  /// The product of `spikes`' means over step `i`.
  static func factor(_ spikes: [Spike], at i: Int, on grid: TimeGrid, origin: Double) -> Double {
    let from = grid.instant(i) - origin
    return spikes.reduce(1) { $0 * $1.meanFactor(from: from, length: grid.step) }
  }

  /// The steps that may overlap a spike's span, each once and in order (every spike's factor is
  /// exactly 1 at the others).
  static func steps(near spikes: [Spike], on grid: TimeGrid, origin: Double) -> [Int] {
    // Step indices worked out in floating point and clamped to the grid before conversion: a
    // spike may run (or start) far beyond the horizon, or before a grid that starts late.
    let count = Double(grid.count)
    let shift = origin - grid.instant(0)
    let spans = spikes.map { spike -> Range<Int> in
      let begin = shift + spike.start.seconds
      let end = begin + 2 * spike.ramp.seconds + spike.duration.seconds
      let first = Int(min(count, max(0, (begin / grid.step).rounded(.down) - 1)))
      return first..<max(first, Int(min(count, max(0, (end / grid.step).rounded(.up) + 1))))
    }
    var near: [Int] = []
    var next = 0
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      near += max(next, span.lowerBound)..<max(next, span.upperBound)
      next = max(next, span.upperBound)
    }
    return near
  }

  /// The month growth compounds over: the 730-hour billing month, s.
  static let growthPeriod = TimeSpan.hours(ModelConstants.hoursPerBillingMonth).seconds
}

extension Spike {
  /// `1 + (multiplier − 1) × s(t)` at offset `t` (s from the simulation start), `s` the ramp-hold-ramp shape.
  public func factor(at t: Double) -> Double { 1 + (multiplier - 1) * shape(at: t) }

  /// The mean of ``factor(at:)`` over `[from, from + length)` (offsets from the simulation start, s).
  public func meanFactor(from: Double, length: Double) -> Double {
    guard length > 0 else { return factor(at: from) }
    return 1 + (multiplier - 1) * (area(to: from + length) - area(to: from)) / length
  }

  /// 0 before `start`, linear up over `ramp`, 1 for `duration`, linear down over `ramp`, 0 after.
  func shape(at t: Double) -> Double {
    let u = t - start.seconds
    let r = ramp.seconds
    let d = duration.seconds
    if u < 0 { return 0 }
    if u < r { return u / r }
    if u < r + d { return 1 }
    if u < r + d + r { return 1 - (u - r - d) / r }
    return 0
  }

  /// `∫ shape` from the start of the ramp to offset `t`, s: the trapezoid's area so far.
  func area(to t: Double) -> Double {
    let u = t - start.seconds
    let r = ramp.seconds
    let d = duration.seconds
    if u <= 0 { return 0 }
    if u < r { return u * u / (2 * r) }
    if u < r + d { return r / 2 + (u - r) }
    if u < r + d + r {
      let v = u - r - d
      return r / 2 + d + v - v * v / (2 * r)
    }
    return r + d
  }
}

extension Array where Element == Double {
  /// Each value divided by the mean; all zeros when the mean is not above 0.
  var normalisedToMeanOne: [Double] {
    let mean = isEmpty ? 0 : reduce(0, +) / Double(count)
    guard mean > 0 else { return map { _ in 0 } }
    return map { $0 / mean }
  }
}

/// A piecewise-constant periodic shape: `values[j]` holds for `width` seconds, the first from `origin`
/// (an instant, s since the epoch), repeating every `values.count × width`.
struct PeriodicSteps {
  let values: [Double]
  let width: Double
  let origin: Double

  /// 1970-01-05T00:00:00Z, the first Monday of Unix time: where weekly factors start.
  static let firstMonday = Double(TimeGrid.daysPerWeek - TimeGrid.epochWeekday) * TimeGrid.secondsPerDay

  /// The time-weighted mean over each step of `grid` (1 everywhere when there are no values).
  func factors(on grid: TimeGrid) -> [Double] {
    guard !values.isEmpty else { return [Double](repeating: 1, count: grid.count) }
    return (0..<grid.count).map { mean(from: grid.instant($0), length: grid.step) }
  }

  /// Mean over `[from, from + length)`: the bucket's value when the interval stays in one bucket.
  func mean(from a: Double, length: Double) -> Double {
    let b = a + length
    var bucket = ((a - origin) / width).rounded(.down)
    var weighted = 0.0
    var t = a
    while t < b {
      let end = Swift.min(b, origin + (bucket + 1) * width)
      let value = values[index(bucket)]
      if t == a && end == b { return value }
      weighted += value * (end - t)
      t = end
      bucket += 1
    }
    return length > 0 ? weighted / length : values[index(((a - origin) / width).rounded(.down))]
  }

  private func index(_ bucket: Double) -> Int {
    let n = values.count
    return (Int(bucket) % n + n) % n
  }
}
