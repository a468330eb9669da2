import Testing

@testable import StreamCost

struct LatinHypercubeTests {
  /// Property: for seeded sizes, each column puts exactly one value in each of the n strata.
  @Test func everyStratumOncePerColumn() {
    var sizes = SplitMix64(seed: 5)
    for _ in 0..<20 {
      let n = 1 + sizes.nextIndex(below: 300)
      let d = 1 + sizes.nextIndex(below: 6)
      var rng = SplitMix64(seed: sizes.next())
      let rows = LatinHypercube.unitSample(count: n, dimensions: d, rng: &rng)
      for j in 0..<d {
        let strata = rows.map { Int($0[j] * Double(n)) }
        #expect(strata.sorted() == Array(0..<n))
        #expect(rows.allSatisfy { $0[j] > 0 && $0[j] < 1 })
      }
    }
  }
}
