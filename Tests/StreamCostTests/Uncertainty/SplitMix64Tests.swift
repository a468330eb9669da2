import Testing

@testable import StreamCost

/// SplitMix64 against its published test vector, and the draws built on it.
struct SplitMix64Tests {
  /// Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567.
  @Test func publishedVectorForSeed1234567() {
    var rng = SplitMix64(seed: 1_234_567)
    let expected: [UInt64] = [
      6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423, 4_593_380_528_125_082_431,
      16_408_922_859_458_223_821,
    ]
    #expect((0..<5).map { _ in rng.next() } == expected)
  }

  /// Rosetta Code's second check: 100,000 floats from seed 987654321, floor(5x) counted per bucket
  /// (the task divides by 2⁶⁴; ``SplitMix64/nextUnit()`` keeps the top 53 bits, which cannot move a
  /// value across a multiple of 1/5 except within 2⁻⁵³ of it).
  @Test func publishedBucketCounts() {
    var rng = SplitMix64(seed: 987_654_321)
    var counts = [0, 0, 0, 0, 0]
    for _ in 0..<100_000 { counts[Int(rng.nextUnit() * 5)] += 1 }
    #expect(counts == [20_027, 19_892, 20_073, 19_978, 20_030])
  }

  @Test func unitsStayStrictlyInsideZeroToOne() {
    var rng = SplitMix64(seed: 0)
    for _ in 0..<10_000 {
      let u = rng.nextUnit()
      #expect(u > 0 && u < 1)
    }
  }

  /// Property: over seeded sizes, a permutation holds every index once, and the same seed repeats it.
  @Test func permutationsAreRepeatablePermutations() {
    var sizes = SplitMix64(seed: 7)
    for _ in 0..<50 {
      let n = 1 + sizes.nextIndex(below: 200)
      let seed = sizes.next()
      var a = SplitMix64(seed: seed)
      var b = SplitMix64(seed: seed)
      let p = a.permutation(n)
      #expect(p.sorted() == Array(0..<n))
      #expect(p == b.permutation(n))
    }
  }
}
