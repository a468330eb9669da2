/// What a run keeps of an architecture's running count, step by step: its peak, minimum and sum
/// (for the mean), and one sparkline sample per bucket of `sampleEvery` steps (the bucket's largest).
struct CountStatistics: Sendable {
  var peak = 0
  var minimum = Int.max
  /// Σ running over the steps taken, for the mean count.
  var sum = 0.0
  var samples: [Int] = []
  /// The step that starts the next bucket (steps are taken in order from 0).
  private var nextSample = 0
  /// The current bucket's largest count (the last sample), held apart so a step reads no array.
  private var bucketPeak = 0

  /// Adds step `k`, which ran `running`.
  @inline(__always)
  mutating func add(_ running: Int, step k: Int, sampleEvery: Int) {
    peak = max(peak, running)
    minimum = min(minimum, running)
    sum += Double(running)
    if k == nextSample {
      samples.append(running)
      bucketPeak = running
      nextSample += sampleEvery
    } else if running > bucketPeak {
      bucketPeak = running
      samples[samples.count - 1] = running
    }
  }

  /// Adds `steps` (the next steps, in order), all running `running`: the same statistics as adding
  /// them one by one (a sum of whole counts is exact in binary floating point).
  mutating func add(_ running: Int, steps: Range<Int>, sampleEvery: Int) {
    guard !steps.isEmpty else { return }
    peak = max(peak, running)
    minimum = min(minimum, running)
    sum += Double(running) * Double(steps.count)
    // The bucket under way when the steps start takes the count if it is larger.
    if steps.lowerBound != nextSample, running > bucketPeak, !samples.isEmpty {
      bucketPeak = running
      samples[samples.count - 1] = running
    }
    while nextSample < steps.upperBound {
      samples.append(running)
      bucketPeak = running
      nextSample += sampleEvery
    }
  }
}
