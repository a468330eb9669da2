import Foundation
import Testing

@testable import StreamCost

struct ImanConoverTests {
  /// Tolerance for a sample rank correlation: three of Fisher's approximate standard errors of a
  /// correlation, (1 − r²)/√(n − 1) (Kendall and Stuart, The Advanced Theory of Statistics, vol. 1, §16.24).
  static func tolerance(_ r: Double, _ n: Int) -> Double { 3 * (1 - r * r) / Double(n - 1).squareRoot() }

  /// A correlated pair reproduces its stated rank correlation, for several targets and seeds, and
  /// each input keeps exactly the values it was drawn with.
  @Test func reproducesTheStatedRankCorrelation() throws {
    let n = 1_000
    for (seed, r) in [(1, 0.6), (2, -0.4), (3, 0.9), (4, 0.0)] as [(UInt64, Double)] {
      var rng = SplitMix64(seed: seed)
      let unit = LatinHypercube.unitSample(count: n, dimensions: 2, rng: &rng)
      let columns = [unit.map { $0[0] }, unit.map { $0[1] * 10 }]
      let out = try #require(ImanConover.correlated(columns, target: [[1, r], [r, 1]], rng: &rng))
      #expect(out[0].sorted() == columns[0].sorted())
      #expect(out[1].sorted() == columns[1].sorted())
      let got = ImanConover.spearman(out[0], out[1])
      #expect(abs(got - r) < Self.tolerance(r, n), "target \(r), got \(got)")
    }
  }

  /// The score correlation: 2 sin(π r/6) is 1 at r = 1 and 0 at r = 0; for r = 0.6 it is 2 sin(0.1π) = 0.6180….
  @Test func scoreCorrelationByHand() {
    #expect(abs(ImanConover.scoreCorrelation(spearman: 1) - 1) < 1e-15)
    #expect(ImanConover.scoreCorrelation(spearman: 0) == 0)
    #expect(abs(ImanConover.scoreCorrelation(spearman: 0.6) - 2 * sin(0.1 * Double.pi)) < 1e-15)
  }

  @Test func tooFewSamplesForTheInputsIsRefused() {
    var rng = SplitMix64(seed: 1)
    #expect(ImanConover.correlated([[1, 2], [3, 4]], target: [[1, 0.5], [0.5, 1]], rng: &rng) == nil)
  }

  /// Spearman with ties: x = 1, 2, 2, 3 has ranks 1, 2.5, 2.5, 4; against itself the correlation is 1,
  /// against its reverse −1.
  @Test func spearmanByHand() {
    #expect(ImanConover.ranks([1, 2, 2, 3]) == [1, 2.5, 2.5, 4])
    #expect(abs(ImanConover.spearman([1, 2, 2, 3], [1, 2, 2, 3]) - 1) < 1e-12)
    #expect(abs(ImanConover.spearman([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-12)
  }
}
