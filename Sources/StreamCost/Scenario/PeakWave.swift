import Foundation

/// The `diurnal: {peak_hour, peak_multiplier}` shape: a smooth daily wave with peak ÷ mean = `multiplier`.
///
/// The wave is `g(τ) = ((1 + cos θ) / 2)^k`, `θ = 2π(τ − hour)/24 h` at time of day `τ` (UTC), scaled to
/// `f = 1 + (m − 1)(g − ḡ)/(1 − ḡ)`: its mean over a day, `ḡ = C(2k, k)/4^k`, maps to 1 and its crest
/// (1, at the peak hour) to `m`. `k` is the smallest integer ≥ 1 with `ḡ ≤ 1/m`, which keeps `f ≥ 0`
/// at every time of day (a trough at 0 load is allowed).
///
/// A step's factor is the mean of `f` over the step, exact: `g` is the finite cosine series
/// `ḡ + Σ_{j=1…k} 2·C(2k, k−j)/4^k · cos(jθ)`, whose terms integrate in closed form. So a day of
/// steps has mean 1 at any step length, a daily step is exactly 1, and the bytes a step writes do
/// not depend on how finely the day is cut; the largest step factor approaches `m` as steps shorten
/// (a 1-hour step centred on the crest averages the top of the wave, slightly below `m`).
///
/// A multiplier the wave cannot carry with every factor ≥ 0 (`ḡ > 1/m` at k = ``maximumExponent``,
/// about m > 110) raises the negative part to 0; that clipped wave has no closed form, and a step
/// takes the mean of ``subsamples`` equally spaced points (the midpoints of equal parts of the step).
struct PeakWave {
  let hour: Double
  let multiplier: Double

  /// Largest sharpness exponent `k` searched.
  static let maximumExponent = 4_096
  /// Points per step averaged when the wave is clipped at 0 (no closed form).
  static let subsamples = 64
  /// Rounding allowed when checking that N steps make a whole day.
  static let tolerance = 1e-12

  /// How `g` maps to factors: `g`'s exponent and mean over a day.
  struct Fit {
    let exponent: Int
    let mean: Double
    let multiplier: Double

    /// Whether the trough's factor, `1 − (m − 1)ḡ/(1 − ḡ)`, is below 0.
    var clips: Bool { 1 - (multiplier - 1) * mean / (1 - mean) < -PeakWave.tolerance }

    func factor(_ g: Double) -> Double { Swift.max(0, 1 + (multiplier - 1) * (g - mean) / (1 - mean)) }
  }

  func factors(on grid: TimeGrid) -> [Double] {
    let flat = { [Double](repeating: 1, count: grid.count) }
    guard multiplier != 1, grid.count > 0 else { return flat() }
    let mean = Means(fit: fit(), step: grid.step, hour: hour)
    if let n = Self.stepsPerDay(grid) {
      // Every day's steps cover the same times of day: one day's means, repeated.
      let table = (0..<n).map { mean(from: grid.secondOfDay($0)) }
      return (0..<grid.count).map { table[$0 % n] }
    }
    return (0..<grid.count).map { mean(from: grid.secondOfDay($0)) }
  }

  /// The exponent `k` of the wave.
  var exponent: Int { fit().exponent }

  /// `(1 + cos(2π(τ − hour)/24 h)) / 2` at `secondOfDay` τ: 1 at the peak hour, 0 twelve hours later.
  func base(_ secondOfDay: Double) -> Double {
    (1 + cos(angle(secondOfDay))) / 2
  }

  /// θ at `secondOfDay`, radians.
  func angle(_ secondOfDay: Double) -> Double {
    2 * Double.pi * (secondOfDay - hour * TimeGrid.secondsPerHour) / TimeGrid.secondsPerDay
  }

  /// N when the step divides a day into whole steps.
  static func stepsPerDay(_ grid: TimeGrid) -> Int? {
    let n = TimeGrid.secondsPerDay / grid.step
    let whole = n.rounded()
    return whole >= 1 && abs(n - whole) < tolerance * n ? Int(whole) : nil
  }

  /// The fit on a continuous day: `k` the smallest with `ḡ = C(2k, k)/4^k ≤ 1/m` (at most ``maximumExponent``).
  func fit() -> Fit {
    var k = 1
    var mean = 0.5
    while mean > 1 / multiplier && k < Self.maximumExponent {
      k += 1
      mean *= Double(2 * k - 1) / Double(2 * k)
    }
    return Fit(exponent: k, mean: mean, multiplier: multiplier)
  }

  /// The mean of the wave's factor over a step of fixed length, from its start's second of day.
  struct Means {
    let wave: PeakWave
    let fit: Fit
    let step: Double
    /// `2·C(2k, k−j)/4^k` for j = 1…k: the cosine series' coefficients.
    let coefficients: [Double]
    /// The step's length as an angle, radians.
    let width: Double

    init(fit: Fit, step: Double, hour: Double) {
      wave = PeakWave(hour: hour, multiplier: fit.multiplier)
      self.fit = fit
      self.step = step
      width = 2 * Double.pi * step / TimeGrid.secondsPerDay
      var c = fit.mean  // C(2k, k)/4^k
      var coefficients: [Double] = []
      let k = fit.exponent
      for j in 1...k {
        c *= Double(k - j + 1) / Double(k + j)  // C(2k, k−j) = C(2k, k−j+1)·(k−j+1)/(k+j)
        coefficients.append(2 * c)
      }
      self.coefficients = coefficients
    }

    func callAsFunction(from secondOfDay: Double) -> Double {
      if step.truncatingRemainder(dividingBy: TimeGrid.secondsPerDay) == 0 { return 1 }
      if fit.clips { return sampled(from: secondOfDay) }
      // Mean of cos(jθ) over [θa, θa + width): (sin(j·θb) − sin(j·θa)) ÷ (j·width), with sin(jθ)
      // by the recurrence sin((j+1)θ) = 2 cos θ sin(jθ) − sin((j−1)θ).
      let (a, b) = (wave.angle(secondOfDay), wave.angle(secondOfDay) + width)
      let (ca, cb) = (2 * cos(a), 2 * cos(b))
      var (sa, sb) = (sin(a), sin(b))
      var (previousA, previousB) = (0.0, 0.0)
      var oscillation = 0.0
      for (index, coefficient) in coefficients.enumerated() {
        let j = Double(index + 1)
        oscillation += coefficient * (sb - sa) / (j * width)
        (previousA, sa) = (sa, ca * sa - previousA)
        (previousB, sb) = (sb, cb * sb - previousB)
      }
      return 1 + (fit.multiplier - 1) * oscillation / (1 - fit.mean)
    }

    /// The clipped wave's mean over the step: the mean of ``PeakWave/subsamples`` midpoints.
    func sampled(from secondOfDay: Double) -> Double {
      let n = PeakWave.subsamples
      let exponent = Double(fit.exponent)
      var sum = 0.0
      for p in 0..<n {
        let τ = secondOfDay + (Double(p) + 0.5) * step / Double(n)
        sum += fit.factor(pow(wave.base(τ), exponent))
      }
      return sum / Double(n)
    }
  }
}
