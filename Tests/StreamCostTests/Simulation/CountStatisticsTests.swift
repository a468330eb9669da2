import Testing

@testable import StreamCost

/// A run's count statistics: peak, minimum, sum for the mean, and each bucket's largest count.
struct CountStatisticsTests {
  /// Counts 3 5 4 | 6 2 2 | 3 in buckets of 3 steps: peak 6, minimum 2, sum 25, samples 5, 6, 3.
  @Test func bucketsKeepTheirLargestCount() {
    var counts = CountStatistics()
    for (k, running) in [3, 5, 4, 6, 2, 2, 3].enumerated() { counts.add(running, step: k, sampleEvery: 3) }
    #expect(counts.peak == 6)
    #expect(counts.minimum == 2)
    #expect(counts.sum == 25)
    #expect(counts.samples == [5, 6, 3])
  }

  /// A falling count keeps the bucket's first (largest) value.
  @Test func fallingCountsKeepTheFirst() {
    var counts = CountStatistics()
    for (k, running) in [9, 8, 7, 6].enumerated() { counts.add(running, step: k, sampleEvery: 2) }
    #expect(counts.samples == [9, 7])
    #expect(counts.minimum == 6 && counts.peak == 9)
  }

  /// Runs of one count added at once give the statistics of adding their steps one by one,
  /// whether a run starts on a bucket or inside one, above or below the bucket's largest:
  /// 4 ×5 | 7 ×2 | 3 ×4 | 7 ×1 | 2 ×6 in buckets of 3, then 1 step of 9 in buckets of 4.
  @Test func runsOfOneCountAddAsTheirSteps() {
    for every in [3, 4, 1] {
      var once = CountStatistics()
      var byStep = CountStatistics()
      var k = 0
      for (running, length) in [(4, 5), (7, 2), (3, 4), (7, 1), (2, 6), (9, 1)] {
        once.add(running, steps: k..<(k + length), sampleEvery: every)
        for j in k..<(k + length) { byStep.add(running, step: j, sampleEvery: every) }
        k += length
      }
      #expect(once.peak == byStep.peak && once.minimum == byStep.minimum && once.sum == byStep.sum)
      #expect(once.samples == byStep.samples, "every \(every)")
    }
    // By hand, buckets of 3 (runs on steps 0-4, 5-6, 7-10, 11, 12-17, 18): 0-2 → 4; 3-5 → 7;
    // 6-8 → 7 (step 6); 9-11 → 7 (step 11); 12-14 → 2; 15-17 → 2; 18 → 9. Sum 20+14+12+7+12+9 = 74.
    var counts = CountStatistics()
    var k = 0
    for (running, length) in [(4, 5), (7, 2), (3, 4), (7, 1), (2, 6), (9, 1)] {
      counts.add(running, steps: k..<(k + length), sampleEvery: 3)
      k += length
    }
    #expect(counts.samples == [4, 7, 7, 7, 2, 2, 9])
    #expect(counts.sum == 74 && counts.peak == 9 && counts.minimum == 2)
  }
}
