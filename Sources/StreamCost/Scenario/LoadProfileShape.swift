import Foundation

extension LoadProfile {
  /// The load factor of each step of `grid`: the product of every component's factors (all 1 when flat).
  ///
  /// A rate `r` with this profile runs at `r × factors[i]` during step `i`. Each component's rule:
  ///
  /// - **diurnal hourly**: the 24 factors are divided by their mean (mean 1). A step takes the
  ///   time-weighted mean of the hourly factors over the interval it covers (UTC hours). For a step
  ///   inside one hour (1 h or shorter steps on whole hours) that is exactly the factor of the hour its
  ///   start falls in; a longer step (2 h, 1 d) averages the hours it spans, so that a day of steps
  ///   keeps mean 1.
  /// - **diurnal peak(hour, m)**: see ``PeakWave``: the mean over a day of steps is exactly 1 and the
  ///   maximum exactly `m` when a step starts on the peak hour.
  /// - **weekly**: the 7 factors (Monday first) are divided by their mean; a step takes the
  ///   time-weighted mean over the UTC weekdays it covers, which is the factor of the weekday its start
  ///   falls on for steps that do not cross midnight (every step on a grid that starts at a whole hour
  ///   and divides a day).
  /// - **spikes**: each spike multiplies by `1 + (multiplier − 1) × s(t)`, where `s` is 0 before
  ///   `start`, rises linearly to 1 over `ramp`, holds 1 for `duration`, falls linearly to 0 over
  ///   `ramp`, then stays 0; `t` is the step's midpoint. Several spikes multiply.
  /// - **growth g per month**: `(1 + g)^(t / 730 h)` at the step's start offset `t`.
  /// - **series**: the series resampled on the grid (``MeasuredSeries/resampled(on:)``) divided by its
  ///   mean over the horizon (the steps from offset 0 on, leaving out a warm-up before it), a shape of
  ///   mean 1. A series that is 0 over the whole horizon gives 0.
  public func factors(on grid: TimeGrid) -> [Double] {
    var product = [Double](repeating: 1, count: grid.count)
    for component in components {
      if case .spikes(let spikes) = component {
        // Spike factors are exactly 1 away from the spikes: only the steps near them are multiplied.
        for i in ProfileComponent.steps(near: spikes, on: grid) { product[i] *= ProfileComponent.factor(spikes, at: i, on: grid) }
        continue
      }
      let factors = component.factors(on: grid)
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
  /// This component's factor at each step of `grid` (rules in ``LoadProfile/factors(on:)``).
  public func factors(on grid: TimeGrid) -> [Double] {
    switch self {
    case .diurnal(.hourly(let factors)):
      PeriodicSteps(values: factors.normalisedToMeanOne, width: TimeGrid.secondsPerHour, origin: 0).factors(on: grid)
    case .diurnal(.peak(let hour, let multiplier)):
      PeakWave(hour: hour, multiplier: multiplier).factors(on: grid)
    case .weekly(let factors):
      PeriodicSteps(values: factors.normalisedToMeanOne, width: TimeGrid.secondsPerDay, origin: PeriodicSteps.firstMonday)
        .factors(on: grid)
    case .spikes(let spikes):
      // Every spike's factor is exactly 1 outside its span: only steps near a span are worked out.
      Self.factors(spikes, on: grid)
    case .growth(let perMonth):
      (0..<grid.count).map { i in pow(1 + perMonth, grid.time(i) / Self.growthPeriod) }
    case .series(let series):
      // Divided by the mean over the horizon, not over a warm-up before it.
      series.resampled(on: grid).normalisedToMeanOne(from: Swift.min(grid.count, Swift.max(0, -grid.first)))
    }
  }

  /// The product of `spikes`' factors at each step's midpoint.
  static func factors(_ spikes: [Spike], on grid: TimeGrid) -> [Double] {
    var factors = [Double](repeating: 1, count: grid.count)
    for i in steps(near: spikes, on: grid) { factors[i] = factor(spikes, at: i, on: grid) }
    return factors
  }

  /// The product of `spikes`' factors at the midpoint of step `i`.
  static func factor(_ spikes: [Spike], at i: Int, on grid: TimeGrid) -> Double {
    spikes.reduce(1) { $0 * $1.factor(at: grid.midpoint(i)) }
  }

  /// The steps whose midpoint may fall inside a spike's span, each once and in order (every
  /// spike's factor is exactly 1 at the others).
  static func steps(near spikes: [Spike], on grid: TimeGrid) -> [Int] {
    // Step indices worked out in floating point and clamped to the grid before conversion: a
    // spike may run (or start) far beyond the horizon.
    let (count, offset) = (Double(grid.count), Double(grid.first))
    let spans = spikes.map { spike -> Range<Int> in
      let end = spike.start.seconds + 2 * spike.ramp.seconds + spike.duration.seconds
      let first = Int(min(count, max(0, (spike.start.seconds / grid.step).rounded(.down) - 1 - offset)))
      return first..<max(first, Int(min(count, max(0, (end / grid.step).rounded(.up) + 1 - offset))))
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
}

extension Array where Element == Double {
  /// Each value divided by the mean; all zeros when the mean is not above 0.
  var normalisedToMeanOne: [Double] {
    let mean = isEmpty ? 0 : reduce(0, +) / Double(count)
    guard mean > 0 else { return map { _ in 0 } }
    return map { $0 / mean }
  }

  /// Each value divided by the mean of the values from index `first` on; all zeros when that mean
  /// is not above 0.
  func normalisedToMeanOne(from first: Int) -> [Double] {
    guard first > 0 else { return normalisedToMeanOne }
    let tail = self[first...]
    let mean = tail.isEmpty ? 0 : tail.reduce(0, +) / Double(tail.count)
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

/// The `diurnal: {peak_hour, peak_multiplier}` shape: a smooth daily wave with peak ÷ mean = `multiplier`.
///
/// The wave is `g(τ) = ((1 + cos(2π(τ − hour)/24 h)) / 2)^k` at time of day `τ` (UTC), sampled at each
/// step's start, and scaled to `f = 1 + (m − 1)(g − ḡ)/(g_max − ḡ)`: `ḡ` maps to 1 and `g_max` to `m`.
///
/// - When the step divides a day (N = 1 d ÷ step steps a day), every day's steps start at the same N
///   times of day; `ḡ` and `g_max` are the mean and maximum of `g` over those N points, so over a whole
///   day of steps the mean is exactly 1, and the maximum is exactly `m` when a step starts on the peak
///   hour (slightly less otherwise, as the grid misses the crest). `k` is the smallest integer ≥ 1 that
///   keeps every factor ≥ 0 (a trough at 0 load is allowed). When the N points all sample the wave at
///   one height (1-day steps) the factor is 1: a daily step averages the daily wave out.
/// - When the step does not divide a day, the grid drifts through the day: `ḡ` is the wave's mean over
///   a continuous day, `C(2k, k)/4^k`, and `g_max` = 1; `k` is the smallest with `ḡ ≤ 1/m`, which keeps
///   the factor ≥ 0 at every time of day. The mean over the horizon is then 1 only approximately (the
///   deviation shrinks as the horizon covers more days), and the maximum is at most `m`.
/// - A multiplier the grid cannot carry (peak ÷ mean above N when every factor must be ≥ 0) stops at
///   k = ``maximumExponent`` with factors below 0 raised to 0, so the mean exceeds 1.
struct PeakWave {
  let hour: Double
  let multiplier: Double

  /// Largest sharpness exponent `k` searched.
  static let maximumExponent = 4_096
  /// Rounding allowed when checking that the trough is not below 0, and that N is whole.
  static let tolerance = 1e-12

  /// How `g` maps to factors: `g` of ``exponent``, with its mean and peak on the reference day.
  struct Fit {
    let exponent: Int
    let mean: Double
    let peak: Double
    let multiplier: Double

    func factor(_ g: Double) -> Double { Swift.max(0, 1 + (multiplier - 1) * (g - mean) / (peak - mean)) }

    func minimumFactor(_ trough: Double) -> Double { 1 + (multiplier - 1) * (trough - mean) / (peak - mean) }
  }

  func factors(on grid: TimeGrid) -> [Double] {
    let flat = { [Double](repeating: 1, count: grid.count) }
    guard multiplier != 1, grid.count > 0 else { return flat() }
    if let n = Self.stepsPerDay(grid) {
      guard let fitted = gridFit((0..<n).map { base(grid.secondOfDay($0)) }) else { return flat() }
      let table = fitted.g.map(fitted.fit.factor)
      return [Double](unsafeUninitializedCapacity: grid.count) { factors, count in
        var j = 0
        for i in 0..<grid.count {
          factors[i] = table[j]
          j = j + 1 == n ? 0 : j + 1
        }
        count = grid.count
      }
    }
    let fit = continuousFit()
    return (0..<grid.count).map { fit.factor(pow(base(grid.secondOfDay($0)), Double(fit.exponent))) }
  }

  /// The exponent `k` used on `grid` (1 when the shape is flat there).
  func exponent(on grid: TimeGrid) -> Int {
    if let n = Self.stepsPerDay(grid) {
      return gridFit((0..<n).map { base(grid.secondOfDay($0)) })?.fit.exponent ?? 1
    }
    return continuousFit().exponent
  }

  /// `(1 + cos(2π(τ − hour)/24 h)) / 2` at `secondOfDay` τ: 1 at the peak hour, 0 twelve hours later.
  func base(_ secondOfDay: Double) -> Double {
    (1 + cos(2 * Double.pi * (secondOfDay - hour * TimeGrid.secondsPerHour) / TimeGrid.secondsPerDay)) / 2
  }

  /// N when the step divides a day into whole steps.
  static func stepsPerDay(_ grid: TimeGrid) -> Int? {
    let n = TimeGrid.secondsPerDay / grid.step
    let whole = n.rounded()
    return whole >= 1 && abs(n - whole) < tolerance * n ? Int(whole) : nil
  }

  /// The fit on one day's grid points `day` (values of the base wave) and `g` at each of them
  /// (scaled so that the largest is 1), nil when the points are all equal.
  func gridFit(_ day: [Double]) -> (fit: Fit, g: [Double])? {
    guard let top = day.max(), let bottom = day.min(), top - bottom > Self.tolerance else { return nil }
    let relative = day.map { $0 / top }
    var powers = relative
    var k = 1
    while true {
      let mean = powers.reduce(0, +) / Double(powers.count)
      let fit = Fit(exponent: k, mean: mean, peak: 1, multiplier: multiplier)
      if fit.minimumFactor(powers.min() ?? 0) >= -Self.tolerance || k == Self.maximumExponent { return (fit, powers) }
      for j in powers.indices { powers[j] *= relative[j] }
      k += 1
    }
  }

  /// The fit on a continuous day: mean of `g` is C(2k, k)/4^k, peak 1, trough 0.
  func continuousFit() -> Fit {
    var k = 1
    var mean = 0.5
    while mean > 1 / multiplier && k < Self.maximumExponent {
      k += 1
      mean *= Double(2 * k - 1) / Double(2 * k)
    }
    return Fit(exponent: k, mean: mean, peak: 1, multiplier: multiplier)
  }
}
