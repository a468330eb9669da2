import Foundation
import Testing

@testable import StreamCost

struct UncertaintyPlanTests {
  static func lognormal(_ name: String, _ p10: Double, _ p50: Double, _ p90: Double) -> UncertainInput {
    UncertainInput(
      name: name, target: .price(.compute), distribution: .fitted(p10: p10, p50: p50, p90: p90), like: SweepQuantity(.number, 1),
      source: "test")
  }

  /// A sample drawn from a one-input plan matches the input's distribution: for each p, the sample
  /// p-quantile lies where the binomial order-statistic bracket puts it, between the true
  /// quantiles at p ∓ 3√(p(1 − p)/n) (three standard deviations of the fraction of samples below a
  /// quantile). Drawn in batches of 100 like a run, 1,000 samples in all.
  @Test func oneInputSampleMatchesItsDistribution() throws {
    let input = Self.lognormal("feeds.x.write", 150e6, 200e6, 320e6)
    let plan = try UncertaintyPlan(inputs: [input], correlations: [])
    var rng = SplitMix64(seed: 42)
    var values: [Double] = []
    for _ in 0..<10 { values += try plan.draw(count: 100, rng: &rng).map { $0[0] } }
    let n = Double(values.count)
    let q = SampleQuantiles(values)
    for p in [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] {
      let half = 3 * (p * (1 - p) / n).squareRoot()
      let low = input.distribution.quantile(p - half)
      let high = input.distribution.quantile(p + half)
      #expect(q.quantile(p) >= low && q.quantile(p) <= high, "p = \(p): \(q.quantile(p)) outside \(low)…\(high)")
    }
    // Hand figures: the fitted median is 200 MB/s and the fitted P90 320 MB/s.
    #expect(abs(q.quantile(0.5) / 200e6 - 1) < 0.01)
    #expect(abs(q.quantile(0.9) / 320e6 - 1) < 0.02)
  }

  /// The same seed draws the same samples; another seed does not.
  @Test func seededDrawsRepeat() throws {
    let plan = try UncertaintyPlan(
      inputs: [Self.lognormal("a", 1, 2, 3), Self.lognormal("b", 1, 2, 4)], correlations: [.init(first: 0, second: 1, value: 0.5)])
    var r1 = SplitMix64(seed: 9)
    var r2 = SplitMix64(seed: 9)
    var r3 = SplitMix64(seed: 10)
    let a = try plan.draw(count: 50, rng: &r1)
    #expect(a == (try plan.draw(count: 50, rng: &r2)))
    #expect(a != (try plan.draw(count: 50, rng: &r3)))
  }

  @Test func badCorrelationsAreRefused() {
    let inputs = ["a", "b", "c"].map { Self.lognormal($0, 1, 2, 3) }
    func refused(_ c: [UncertaintyPlan.Correlation], _ text: String) {
      do {
        _ = try UncertaintyPlan(inputs: inputs, correlations: c)
        Issue.record("accepted \(c)")
      } catch {
        #expect(error.description.contains(text), "\(error)")
      }
    }
    refused([.init(first: 0, second: 1, value: 1.5)], "outside")
    refused([.init(first: 0, second: 0, value: 0.5)], "not correlated with itself")
    refused([.init(first: 0, second: 1, value: 0.5), .init(first: 1, second: 0, value: 0.2)], "correlated twice")
    // a ~ b and b ~ c strongly, but a against c: no such three variables exist.
    refused(
      [.init(first: 0, second: 1, value: 0.9), .init(first: 1, second: 2, value: 0.9), .init(first: 0, second: 2, value: -0.9)],
      "not positive definite")
    #expect(throws: UncertaintyError.nothingUncertain) { try UncertaintyPlan(inputs: [], correlations: []) }
  }

  /// A batch smaller than the correlated inputs + 1 cannot carry the correlation.
  @Test func tooSmallABatchIsRefused() throws {
    let plan = try UncertaintyPlan(
      inputs: [Self.lognormal("a", 1, 2, 3), Self.lognormal("b", 1, 2, 4)], correlations: [.init(first: 0, second: 1, value: 0.5)])
    #expect(plan.minimumBatch == 3)
    var rng = SplitMix64(seed: 1)
    #expect(throws: UncertaintyError.batchTooSmall(2, 3)) { try plan.draw(count: 2, rng: &rng) }
  }

  /// Whole-number inputs are rounded, never below 1.
  @Test func wholeNumbersRound() {
    var input = Self.lognormal("fan_out", 1, 2, 5)
    input.wholeNumber = true
    #expect(input.value(at: 0.5) == 2)
    #expect(input.value(at: 0.0001) == 1)
  }
}
