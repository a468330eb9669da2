import Testing

@testable import StreamCost

struct SampleQuantilesTests {
  /// Hyndman–Fan type 7 on 1, 2, 3, 4 (R: quantile(1:4, c(0, .1, .5, .9, 1)) = 1, 1.3, 2.5, 3.7, 4).
  @Test func type7AsR() {
    let q = SampleQuantiles([4, 1, 3, 2])
    let got = [0, 0.1, 0.5, 0.9, 1].map(q.quantile)
    for (a, b) in zip(got, [1, 1.3, 2.5, 3.7, 4]) { #expect(abs(a - b) < 1e-12) }
    #expect(q.mean == 2.5)
    #expect(SampleQuantiles([7]).quantile(0.3) == 7)
  }

  /// 1…100: ranks 50 ∓ √100/2 = 45 and 55, so the standard error is (55 − 45)/2 = 5, and 5/50.5 relative.
  @Test func medianStandardErrorFromTheOrderStatisticBracket() {
    let q = SampleQuantiles((1...100).map(Double.init))
    #expect(q.medianStandardError == 5)
    #expect(abs(q.relativeMedianError - 5 / 50.5) < 1e-12)
    #expect(SampleQuantiles([3, 3, 3]).relativeMedianError == 0)
  }
}
