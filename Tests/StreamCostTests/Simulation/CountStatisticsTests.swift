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
}
