import Foundation

/// How one uncertain input is spread, read through its inverse cumulative distribution so that
/// Latin hypercube strata and rank correlation map onto it exactly.
///
/// - `triangular` is used for the documented model parameters: low and high are the documented
///   range and the mode is the default. Triangular rather than PERT because its inverse CDF has a
///   closed form (PERT's would need the inverse incomplete beta function) and because it puts more
///   weight on the ends of a range whose ends are themselves published figures.
/// - `lognormal` is used for workload inputs and price factors given as p10/p50/p90 (``fitted(p10:p50:p90:)``).
/// - `normal` is used for a growth rate given as p10/p50/p90 (``fittedNormal(p10:p50:p90:)``): a
///   rate can be 0 or negative, which a lognormal cannot draw.
public enum UncertainDistribution: Hashable, Sendable {
  case triangular(low: Double, mode: Double, high: Double)
  /// ln X is normal with mean `mu` and standard deviation `sigma`.
  case lognormal(mu: Double, sigma: Double)
  case normal(mean: Double, sigma: Double)

  /// Φ⁻¹(0.9): how many standard deviations the 90th percentile lies above the median.
  public static let z90 = 1.2815515655446004

  /// The lognormal whose median is `p50` and whose σ is that of the wider of the two tails:
  /// σ = max(ln(p50/p10), ln(p90/p50)) / Φ⁻¹(0.9). The median is kept exactly (`compare` uses it);
  /// when the stated tails are uneven the narrower one is widened, never the wider one narrowed.
  /// Every figure must be above 0 and p10 ≤ p50 ≤ p90 (checked by the reader, which names the file).
  public static func fitted(p10: Double, p50: Double, p90: Double) -> UncertainDistribution {
    let sigma = max(log(p50 / p10), log(p90 / p50)) / z90
    return .lognormal(mu: log(p50), sigma: sigma)
  }

  /// The normal whose mean (and median) is `p50` and whose σ is that of the wider of the two tails:
  /// σ = max(p50 − p10, p90 − p50) / Φ⁻¹(0.9), the same rule as ``fitted(p10:p50:p90:)`` on the
  /// values themselves rather than their logarithms. Requires p10 ≤ p50 ≤ p90.
  public static func fittedNormal(p10: Double, p50: Double, p90: Double) -> UncertainDistribution {
    .normal(mean: p50, sigma: max(p50 - p10, p90 - p50) / z90)
  }

  /// The value below which a fraction `u` (0 < u < 1) of the distribution lies.
  public func quantile(_ u: Double) -> Double {
    switch self {
    case .triangular(let low, let mode, let high):
      guard high > low else { return mode }
      let split = (mode - low) / (high - low)
      if u < split { return low + ((high - low) * (mode - low) * u).squareRoot() }
      return high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * InverseNormal.quantile(u))
    case .normal(let mean, let sigma):
      return mean + sigma * InverseNormal.quantile(u)
    }
  }

  /// The cumulative distribution at `x`: the fraction of the distribution at or below it.
  public func cdf(_ x: Double) -> Double {
    switch self {
    case .triangular(let low, let mode, let high):
      guard high > low else { return x < mode ? 0 : 1 }
      if x <= low { return 0 }
      if x >= high { return 1 }
      if x <= mode { return (x - low) * (x - low) / ((high - low) * (mode - low)) }
      return 1 - (high - x) * (high - x) / ((high - low) * (high - mode))
    case .lognormal(let mu, let sigma):
      guard x > 0 else { return 0 }
      guard sigma > 0 else { return log(x) < mu ? 0 : 1 }
      return InverseNormal.cdf((log(x) - mu) / sigma)
    case .normal(let mean, let sigma):
      guard sigma > 0 else { return x < mean ? 0 : 1 }
      return InverseNormal.cdf((x - mean) / sigma)
    }
  }
}
