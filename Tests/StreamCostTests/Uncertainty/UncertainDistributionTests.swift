import Foundation
import Testing

@testable import StreamCost

struct UncertainDistributionTests {
  /// Triangular(0, 1, 3): the mode splits the probability at (1 − 0)/(3 − 0) = 1/3. Below it
  /// x = √(3 · 1 · u): u = 1/6 gives √0.5; above it x = 3 − √(3 · 2 · (1 − u)): u = ½ gives 3 − √3.
  @Test func triangularQuantilesByHand() {
    let t = UncertainDistribution.triangular(low: 0, mode: 1, high: 3)
    #expect(abs(t.quantile(1.0 / 6) - 0.5.squareRoot()) < 1e-12)
    #expect(abs(t.quantile(0.5) - (3 - 3.0.squareRoot())) < 1e-12)
    #expect(abs(t.quantile(1.0 / 3) - 1) < 1e-12)
    #expect(UncertainDistribution.triangular(low: 2, mode: 2, high: 2).quantile(0.7) == 2)
  }

  /// Property: the CDF undoes the quantile, for seeded shapes including a mode at either end.
  @Test func cdfInvertsQuantile() {
    var rng = SplitMix64(seed: 11)
    for _ in 0..<500 {
      let low = rng.nextUnit() * 10
      let high = low + rng.nextUnit() * 10
      let mode = [low, high, low + (high - low) * rng.nextUnit()][rng.nextIndex(below: 3)]
      let u = rng.nextUnit()
      let t = UncertainDistribution.triangular(low: low, mode: mode, high: high)
      #expect(abs(t.cdf(t.quantile(u)) - u) < 1e-9)
      let l = UncertainDistribution.lognormal(mu: rng.nextUnit() * 5, sigma: rng.nextUnit())
      #expect(abs(l.cdf(l.quantile(u)) - u) < 1e-9)
      let n = UncertainDistribution.normal(mean: rng.nextUnit() * 2 - 1, sigma: rng.nextUnit())
      #expect(abs(n.cdf(n.quantile(u)) - u) < 1e-9)
    }
  }

  /// Growth p10/p50/p90 = 0/2/5 %/month: the mean is 0.02; the upper tail (0.03) is the wider,
  /// so σ = 0.03 / Φ⁻¹(0.9), the fitted P90 is 0.05 and the fitted P10 0.02 − 0.03 = −0.01.
  @Test func normalKeepsTheMedianAndTheWiderTail() {
    let fit = UncertainDistribution.fittedNormal(p10: 0, p50: 0.02, p90: 0.05)
    #expect(fit == .normal(mean: 0.02, sigma: 0.03 / 1.2815515655446004))
    #expect(abs(fit.quantile(0.5) - 0.02) < 1e-12)
    #expect(abs(fit.quantile(0.9) - 0.05) < 1e-12)
    #expect(abs(fit.quantile(0.1) - -0.01) < 1e-12)
    #expect(abs(fit.cdf(0.02) - 0.5) < 1e-12)
    #expect(UncertainDistribution.fittedNormal(p10: 0.01, p50: 0.01, p90: 0.01).quantile(0.3) == 0.01)
  }

  /// p10/p50/p90 = 150/200/320: μ = ln 200; the upper tail is the wider (ln 1.6 > ln 4/3), so
  /// σ = ln 1.6 / Φ⁻¹(0.9) and the fitted p90 is 320 exactly, the fitted p10 200/1.6 = 125.
  @Test func lognormalKeepsTheMedianAndTheWiderTail() {
    let fit = UncertainDistribution.fitted(p10: 150, p50: 200, p90: 320)
    guard case .lognormal(let mu, let sigma) = fit else { Issue.record("not lognormal"); return }
    #expect(abs(mu - log(200)) < 1e-12)
    #expect(abs(sigma - log(1.6) / 1.2815515655446004) < 1e-12)
    #expect(abs(fit.quantile(0.5) - 200) < 1e-9)
    #expect(abs(fit.quantile(0.9) - 320) < 1e-7)
    #expect(abs(fit.quantile(0.1) - 125) < 1e-7)
    #expect(abs(UncertainDistribution.fitted(p10: 5, p50: 5, p90: 5).quantile(0.01) - 5) < 1e-12)
  }
}
