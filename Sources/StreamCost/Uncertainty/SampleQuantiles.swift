import Foundation

/// Quantiles of a sample and the standard error of its median.
///
/// Quantiles are Hyndman and Fan's type 7 (The American Statistician 50(4), 1996; the default of
/// R and NumPy): with the values sorted x₁ ≤ … ≤ xₙ and h = (n − 1)p, the p-quantile is
/// x⌊h⌋₊₁ + (h − ⌊h⌋)(x⌊h⌋₊₂ − x⌊h⌋₊₁).
public struct SampleQuantiles: Sendable {
  public let sorted: [Double]

  public init(_ values: [Double]) { sorted = values.sorted() }

  public var count: Int { sorted.count }

  public var mean: Double { sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count) }

  /// The type-7 p-quantile (0 for an empty sample).
  public func quantile(_ p: Double) -> Double {
    guard let first = sorted.first else { return 0 }
    guard sorted.count > 1 else { return first }
    let h = Double(sorted.count - 1) * p
    let lo = Int(h.rounded(.down))
    guard lo + 1 < sorted.count else { return sorted[sorted.count - 1] }
    return sorted[lo] + (h - Double(lo)) * (sorted[lo + 1] - sorted[lo])
  }

  /// The standard error of the median, distribution-free, from the order-statistic bracket: the
  /// number of samples below the true median is binomial(n, ½), with standard deviation √n / 2, so
  /// the order statistics of ranks n/2 ∓ √n/2 bracket the median by one standard deviation of rank
  /// (about 68 %); half the width of that bracket is the standard error. Latin hypercube samples
  /// vary less than independent ones, so for them this overstates the error (a safe stop rule).
  public var medianStandardError: Double {
    let n = Double(sorted.count)
    guard sorted.count > 1 else { return .infinity }
    let lower = max(1, Int((n / 2 - n.squareRoot() / 2).rounded(.down)))
    let upper = min(sorted.count, Int((n / 2 + n.squareRoot() / 2).rounded(.up)))
    return (sorted[upper - 1] - sorted[lower - 1]) / 2
  }

  /// ``medianStandardError`` as a fraction of the median (0 when both are 0).
  public var relativeMedianError: Double {
    let median = abs(quantile(0.5))
    let error = medianStandardError
    if error == 0 { return 0 }
    return median > 0 ? error / median : .infinity
  }
}
