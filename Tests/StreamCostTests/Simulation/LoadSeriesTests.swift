import Testing

@testable import StreamCost

/// The load arrays every architecture reads (docs/model.md §5): each step's rates from the profiles,
/// and the bytes each feed holds over its retention, against the rules written out step by step.
struct LoadSeriesTests {
  /// Three feeds: one with a daily wave and a spike of its own, one flat with catch-up reads
  /// (20 MB/s), one with a retention (30 h) longer than the first day; under the cluster's profile.
  static func scenario(clusterProfile: LoadProfile) -> Scenario {
    let wave = LoadProfile([.diurnal(.peak(hour: 20, multiplier: 1.8)), .spikes([Spike(start: .hours(50), duration: .hours(2), multiplier: 3)])])
    let feeds = [
      Feed(name: "wave", write: .mbps(200), retention: .hours(6), partitions: 96, profile: wave),
      Feed(name: "flat", write: .mbps(18), fanOut: 4, retention: .days(3), partitions: 24, catchUp: CatchUp(rate: .mbps(20), lag: .days(2))),
      Feed(name: "long", write: .mbps(1.3), retention: .hours(30), partitions: 8),
    ]
    return SimulatorTests.scenario(Workload(feeds: feeds, topology: Topology()), architectures: [], horizon: .hours(96), profile: clusterProfile)
  }

  /// Each feed writes rate × the cluster's factor × its own factor (a flat profile's factor is 1),
  /// with or without a cluster-wide shape.
  @Test(arguments: [LoadProfile.flat, LoadProfile([.weekly([1, 1, 1, 1, 1.2, 0.6, 0.4])])])
  func writesAreTheRateTimesBothFactors(cluster: LoadProfile) {
    let scenario = Self.scenario(clusterProfile: cluster)
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    let clusterFactors = cluster.factors(on: grid)
    for (f, feed) in scenario.feeds.enumerated() {
      let own = feed.profile.factors(on: grid)
      for k in 0..<grid.count {
        #expect(load.writes[f][k] == feed.write.bytesPerSecond * clusterFactors[k] * own[k], "feed \(f), step \(k)")
      }
    }
  }

  /// The cluster's totals at each step are each feed's figures added in feed order; the bytes held
  /// over each retention come from the prefix sums, the steady past standing in before the first
  /// window ends (``LoadSeries/held(endOfStep:steps:writes:prefix:step:)``).
  @Test func totalsAddTheFeedsInOrder() {
    let scenario = Self.scenario(clusterProfile: .flat)
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    #expect(scenario.feeds.map { grid.steps(in: $0.retention) } == [6, 72, 30])
    for k in 0..<grid.count {
      var (write, tail, held) = (0.0, 0.0, 0.0)
      for (f, feed) in scenario.feeds.enumerated() {
        write += load.writes[f][k]
        tail += load.writes[f][k] * Double(feed.fanOut)
        held += load.writes[f].withUnsafeBufferPointer { writes in
          load.prefix[f].withUnsafeBufferPointer { prefix in
            LoadSeries.held(endOfStep: k, steps: grid.steps(in: feed.retention), writes: writes, prefix: prefix, step: grid.step)
          }
        }
      }
      #expect(load.write[k] == write && load.tailRead[k] == tail && load.retainedTotal[k] == held, "step \(k)")
      #expect(load.catchUpRead[k] == 20_000_000, "only the flat feed reads behind, 20 MB/s at every step")
    }
  }

  /// By hand: the flat feed (18 MB/s, 3 d = 72 steps) holds its steady past at step 10, 18e6 ×
  /// 72 × 3,600 = 4.6656 TB, whether the window reaches before the start or not.
  @Test func flatFeedHoldsItsRetentionByHand() {
    let scenario = Self.scenario(clusterProfile: .flat)
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    for k in [10, 71, 95] {
      let held = load.writes[1].withUnsafeBufferPointer { writes in
        load.prefix[1].withUnsafeBufferPointer { prefix in
          LoadSeries.held(endOfStep: k, steps: 72, writes: writes, prefix: prefix, step: 3_600)
        }
      }
      #expect(abs(held - 4.6656e12) <= 1e-12 * 4.6656e12, "step \(k)")
    }
  }
}
