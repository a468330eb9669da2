import Testing

@testable import StreamCost

/// The load arrays every architecture reads (docs/model.md §5.1): each step's rates from the
/// profiles, and the bytes each feed holds over its retention, exact and warm, against the rules
/// worked out by hand.
struct LoadSeriesTests {
  /// Three feeds: one with a daily wave and a spike of its own, one flat with catch-up reads
  /// (20 MB/s), one with a retention (30 h) longer than the first day; under the cluster's profile.
  static func scenario(clusterProfile: LoadProfile, step: TimeSpan = .hours(1)) -> Scenario {
    let wave = LoadProfile([.diurnal(.peak(hour: 20, multiplier: 1.8)), .spikes([Spike(start: .hours(50), duration: .hours(2), multiplier: 3)])])
    let feeds = [
      Feed(name: "wave", write: .mbps(200), retention: .hours(6), partitions: 96, profile: wave),
      Feed(name: "flat", write: .mbps(18), fanOut: 4, retention: .days(3), partitions: 24, catchUp: CatchUp(rate: .mbps(20), lag: .days(2))),
      Feed(name: "long", write: .mbps(1.3), retention: .hours(30), partitions: 8),
    ]
    return SimulatorTests.scenario(
      Workload(feeds: feeds, topology: Topology()), architectures: [], horizon: .hours(96), step: step, profile: clusterProfile)
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
        let expected = feed.write.bytesPerSecond * clusterFactors[k] * own[k]
        #expect(abs(load.write(feed: f, step: k) - expected) <= 1e-12 * expected, "feed \(f), step \(k)")
      }
    }
  }

  /// Feeds that share a profile share one shape: the memory grows with the distinct profiles.
  @Test func feedsWithOneProfileShareAShape() {
    let scenario = Self.scenario(clusterProfile: .flat)
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    #expect(load.shapes.count == 2 && load.shapeOf == [0, 1, 1])
    #expect(load.shapes[1].constant, "flat under a flat cluster on a warm start: no arrays")
  }

  /// The cluster's totals at each step are each feed's figures added in feed order.
  @Test func totalsAddTheFeedsInOrder() {
    let scenario = Self.scenario(clusterProfile: .flat)
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    for k in 0..<grid.count {
      var (write, tail, held) = (0.0, 0.0, 0.0)
      for (f, feed) in scenario.feeds.enumerated() {
        write += load.write(feed: f, step: k)
        tail += load.write(feed: f, step: k) * Double(feed.fanOut)
        held += load.held(feed: f, endOfStep: k, window: feed.retention.seconds)
      }
      #expect(load.write[k] == write && load.tailRead[k] == tail && load.retainedTotal[k] == held, "step \(k)")
      #expect(load.catchUpRead[k] == 20_000_000, "only the flat feed reads behind, 20 MB/s at every step")
    }
  }

  /// By hand: a flat feed on a warm start holds exactly rate × retention at every step, as in steady
  /// state: 18e6 B/s × 3 d (259,200 s) = 4.6656e12 B, bit for bit (the steady state's product).
  @Test(arguments: [TimeSpan.hours(1), .minutes(7), .days(1)])
  func flatFeedHoldsItsRetentionExactly(step: TimeSpan) {
    let scenario = Self.scenario(clusterProfile: .flat, step: step)
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    for k in [0, load.grid.count / 2, load.grid.count - 1] {
      #expect(load.held(feed: 1, endOfStep: k, window: TimeSpan.days(3).seconds) == 18e6 * 259_200, "step \(k)")
    }
  }

  /// Retention is never rounded to steps: a 10-minute window at 1-hour steps holds 10 minutes of
  /// writing, 200e6 B/s × 600 s = 1.2e11 B under a flat cluster, not an hour's 7.2e11 B.
  @Test func aWindowShorterThanAStepHoldsItsOwnLength() {
    var scenario = Self.scenario(clusterProfile: .weekly)
    scenario.feeds[0].profile = .flat
    scenario.feeds[0].retention = .minutes(10)
    scenario.profile = .flat
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    #expect(load.held(feed: 0, endOfStep: 5, window: 600) == 200e6 * 600)
    #expect(load.retainedTotal[5] == 200e6 * 600 + 18e6 * 259_200 + 1.3e6 * 108_000, "each feed's own window, in feed order")
  }

  /// Under a weekly shape (Monday … Sunday factors 1, 1, 1, 1, 1.2, 0.6, 0.4 ÷ their mean 0.885714…),
  /// a 46.3-hour window at 1-hour steps ending at 2026-01-01T05:00Z (a Thursday, factor 1 ÷ 0.885714)
  /// reaches back to Tuesday 06:42Z: 5 h of Thursday, 24 h of Wednesday and 17.3 h of Tuesday, all at
  /// factor 1/0.885714…: 46.3 h × 3,600 × 1.3e6 ÷ 0.885714… = 2.4466e11 B. The old rounding to 46 h
  /// would have given 2.4308e11 B.
  @Test func aFractionalWindowTakesItsPartOfAStep() {
    var scenario = Self.scenario(clusterProfile: .weekly)
    scenario.profile = LoadProfile([.weekly([1, 1, 1, 1, 1.2, 0.6, 0.4])])
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    let mean = (4 + 1.2 + 0.6 + 0.4) / 7
    let expected = 46.3 * 3_600 * 1.3e6 / mean
    let held = load.held(feed: 2, endOfStep: 4, window: 46.3 * 3_600)
    #expect(abs(held - expected) <= 1e-9 * expected, "\(held) against \(expected)")
  }

  /// Warm start: the bytes held at the first step are those the load's own profile would have left,
  /// whatever hour the run starts at. Over a window of whole days a daily wave of mean 1 holds exactly
  /// rate × window: 200e6 B/s × 2 d = 3.456e13 B, at a 20:00 start (the peak hour) as at 06:00. The old
  /// steady past, taken at the first step's rate, held 2 d at the 20:00 peak: 1.8 × as much.
  @Test(arguments: [0.0, 6, 13, 20])
  func aWarmStartHoldsWhatTheProfileLeft(startHour: Double) {
    var scenario = Self.scenario(clusterProfile: .flat)
    scenario.feeds[0].profile = LoadProfile([.diurnal(.peak(hour: 20, multiplier: 1.8))])
    scenario.feeds[0].retention = .days(2)
    scenario.time.start += startHour * 3_600
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    let held = load.held(feed: 0, endOfStep: 0, window: TimeSpan.days(2).seconds)
    #expect(abs(held - 3.456e13) <= 1e-9 * 3.456e13, "\(held)")
  }

  /// `initial_state: empty`: a new cluster holds only what it wrote since the start: a flat 18 MB/s
  /// feed holds 18e6 × 3,600 × (k + 1) B at the end of step k until its 3-day retention is full.
  @Test func anEmptyStartFillsUp() {
    var scenario = Self.scenario(clusterProfile: .flat)
    scenario.time.initialState = .empty
    let load = LoadSeries(scenario: scenario, grid: TimeGrid(scenario.time))
    for k in [0, 10, 71] {
      let held = load.held(feed: 1, endOfStep: k, window: TimeSpan.days(3).seconds)
      #expect(abs(held - 18e6 * 3_600 * Double(k + 1)) <= 1e-9 * held, "step \(k)")
    }
    #expect(load.held(feed: 1, endOfStep: 90, window: TimeSpan.days(3).seconds) == 18e6 * 259_200, "full after 72 h")
  }
}

extension LoadProfile {
  fileprivate static let weekly = LoadProfile([.weekly([1, 1, 1, 1, 1.2, 0.6, 0.4])])
}
