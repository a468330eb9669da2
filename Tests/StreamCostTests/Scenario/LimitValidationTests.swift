import Foundation
import Testing

@testable import StreamCost

/// Every number a scenario holds is bounded (``InputLimits``): a value past its bound is one issue
/// naming the key and the bound, and a realistic scenario never meets one.
struct LimitValidationTests {
  func scenario(
    feeds: [Feed] = [Feed(name: "f", write: .mbps(10), partitions: 6)], topology: Topology = Topology(),
    architectures: [ArchitectureSpec] = ArchitectureSpec.defaults, profile: LoadProfile = .flat,
    time: TimeSettings? = nil
  ) -> Scenario {
    var s = Scenario(
      name: "s", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: feeds, topology: topology,
      architectures: architectures)
    s.profile = profile
    if let time { s.time = time }
    return s
  }

  func feed(write: DataRate = .mbps(10), profile: LoadProfile = .flat) -> Feed {
    Feed(name: "f", write: write, partitions: 6, profile: profile)
  }

  /// The issue's example, word for word: the key, the value as written, the limit with grouping.
  @Test func aFanOutOfIntMaxNamesTheKeyAndTheLimit() {
    let issues = scenario(feeds: [Feed(name: "f", write: .mbps(10), fanOut: Int.max, partitions: 6)]).validate()
    #expect(issues.map(\.keyPath) == ["feeds[0].fan_out"])
    #expect(issues.first?.message == "9223372036854775807 is above the limit of 10,000")
  }

  /// The load keeps two values a step per distinct shaped profile, not per feed. By hand, a month
  /// of 5-minute steps (8,760) with a 7-day retention (2,016 warm-up steps) keeps 2,016 + 2 × 8,760
  /// + 1 = 19,537 values a profile: 100,000 feeds sharing 24 daily shapes keep 468,888 values and
  /// pass; 4,000 feeds each with a spike of its own keep 78,148,000, past 64,000,000, and are
  /// refused at `feeds` with the count.
  @Test func distinctLoadShapesAreBoundedNotFeeds() {
    let month = TimeSettings(horizon: .hours(730), step: .minutes(5))
    let shared = (0..<100_000).map { i in
      Feed(
        name: "f\(i)", write: .mbps(0.01), retention: .days(7), partitions: 1,
        profile: LoadProfile([.diurnal(.peak(hour: Double(i % 24), multiplier: 1.5))]))
    }
    #expect(scenario(feeds: shared, time: month).validate().isEmpty)
    let own = (0..<4_000).map { i in
      Feed(
        name: "f\(i)", write: .mbps(0.01), retention: .days(7), partitions: 1,
        profile: LoadProfile([.spikes([Spike(start: .minutes(Double(i)), duration: .hours(1), multiplier: 2)])]))
    }
    let issues = scenario(feeds: own, time: month).validate()
    #expect(issues.map(\.keyPath) == ["feeds"])
    #expect(
      issues.first?.message
        == "4000 distinct load profiles × 19537 values each (warm-up and horizon steps) = 78148000 values is above the limit of 64,000,000")
  }

  /// Each number the issue found trapping the simulator is now one issue at its key.
  @Test func theIssuesUnboundedNumbersAreEachRefusedAtTheirKey() {
    let huge = Int.max
    let cases: [(Scenario, String)] = [
      (scenario(feeds: [feed(write: DataRate(bytesPerSecond: 1e14 * 1e12))]), "feeds[0].write"),
      (scenario(feeds: [Feed(name: "f", write: .mbps(10), partitions: huge)]), "feeds[0].partitions"),
      (scenario(topology: Topology(azs: huge)), "topology.azs"),
      (scenario(topology: Topology(replicationFactor: huge)), "topology.replication_factor"),
      (scenario(feeds: [feed(profile: LoadProfile([.diurnal(.peak(hour: 20, multiplier: 1e308))]))]), "feeds[0].profile[0].diurnal.peak_multiplier"),
      (scenario(feeds: [feed(profile: LoadProfile([.spikes([Spike(start: .hours(1), duration: .hours(1), multiplier: 1e308)])]))]),
       "feeds[0].profile[0].spikes[0].multiplier"),
      (scenario(feeds: [feed(profile: LoadProfile([.growth(perMonth: 10)]))]), "feeds[0].profile[0].growth"),
      (scenario(architectures: [ArchitectureSpec(config: .sharedStorage(SharedStorageConfig(compactionRead: 1e308)))]),
       "architectures[0].compaction_read"),
      (scenario(architectures: [ArchitectureSpec(config: .sharedStorage(SharedStorageConfig(putPerMBps: 1e308)))]),
       "architectures[0].put_per_mbps"),
      (scenario(feeds: [Feed(name: "f", write: .mbps(10), retention: .days(1e20), partitions: 6)]), "feeds[0].retention"),
      (scenario(architectures: [ArchitectureSpec(config: .diskless(DisklessConfig(compactionLevels: 1_000_000_000)))]),
       "architectures[0].compaction_levels"),
    ]
    for (scenario, key) in cases {
      let issues = scenario.validate()
      #expect(issues.map(\.keyPath) == [key])
      #expect(issues.first?.message.contains("is above the limit of") == true, "\(issues)")
    }
  }

  /// 100 overlapping ×2 spikes multiply to 2^100 at one instant (the issue's example); the same
  /// spikes a day apart never stack and are fine.
  @Test func overlappingSpikesAreBoundedAsAProductButSeparateOnesAreNot() {
    let stacked = (0..<100).map { _ in Spike(start: .hours(1), duration: .hours(2), multiplier: 2) }
    let issues = scenario(feeds: [feed(profile: LoadProfile([.spikes(stacked)]))]).validate()
    #expect(issues.map(\.keyPath) == ["feeds[0].profile"])
    #expect(issues.first?.message.contains("is above the limit of 1 PB/s") == true)
    let apart = (0..<100).map { Spike(start: .hours(24 * Double($0) / 4), duration: .hours(2), multiplier: 2) }
    let year = TimeSettings(horizon: .hours(8_760))
    #expect(scenario(feeds: [feed(profile: LoadProfile([.spikes(apart)]))], time: year).validate().isEmpty)
  }

  /// Growth compounds over the horizon: 100 %/month for 36 months is 2^36 ≈ 6.9e10, so 50 MB/s
  /// grows to 3.4e18 B/s, past 1 PB/s; 10 %/month is 1.1^36 ≈ 31, so 1 GB/s peaks at 31 GB/s.
  @Test func compoundedGrowthIsCheckedAgainstThePeakLimit() {
    let threeYears = TimeSettings(horizon: .hours(3 * 8_760), step: .days(1))
    let doubling = scenario(feeds: [feed(write: .mbps(50), profile: LoadProfile([.growth(perMonth: 1)]))], time: threeYears)
    #expect(doubling.validate().map(\.keyPath) == ["feeds[0].profile"])
    let steady = scenario(feeds: [feed(write: .mbps(1_000), profile: LoadProfile([.growth(perMonth: 0.1)]))], time: threeYears)
    #expect(steady.validate().isEmpty)
  }

  /// The feeds' peaks add up: 20 feeds of 60 TB/s each stay under the 100 TB/s per-feed limit,
  /// but together (1.2 PB/s) pass the cluster's 1 PB/s.
  @Test func theFeedsPeakLoadIsBoundedTogether() {
    let feeds = (0..<20).map { Feed(name: "f\($0)", write: DataRate(bytesPerSecond: 60e12), partitions: 6) }
    let issues = scenario(feeds: feeds).validate()
    #expect(issues.map(\.keyPath) == ["feeds"])
  }

  /// Small divisors are bounded too: each would turn a count of segments, PUTs or moves infinite.
  @Test func lowerBoundsOnDivisors() {
    let diskless = ArchitectureSpec(config: .diskless(DisklessConfig(batchInterval: TimeSpan(seconds: 1e-9), throughputPerVCPU: DataRate(bytesPerSecond: 1))))
    #expect(scenario(architectures: [diskless]).validate().map(\.keyPath) == ["architectures[0].batch_interval", "architectures[0].throughput_per_vcpu"])
    let kafka = ArchitectureSpec(config: .kafka(BrokerLocalConfig(segmentBytes: DataSize(bytes: 1))))
    #expect(scenario(architectures: [kafka]).validate().map(\.keyPath) == ["architectures[0].segment_bytes"])
    #expect(scenario(topology: Topology(networkUtilisation: Fraction(1e-9))).validate().map(\.keyPath) == ["topology.network_utilisation"])
  }

  /// Property over seeded random scenarios: every value drawn inside its realistic range gives no
  /// issue; raising one chosen value past its limit gives exactly one issue, at that key.
  @Test func valuesInsideTheLimitsPassAndOnePastThemIsNamed() {
    var random = SeededGenerator(seed: 16)
    for _ in 0..<200 {
      let write = DataRate(bytesPerSecond: Double.random(in: 1e3...5e12, using: &random))
      let fanOut = Int.random(in: 0...1_000, using: &random)
      let partitions = Int.random(in: 1...1_000_000, using: &random)
      let azs = Int.random(in: 1...6, using: &random)
      let rf = Int.random(in: 1...5, using: &random)
      let peak = Double.random(in: 1...10, using: &random)
      let base = Feed(
        name: "f", write: write, fanOut: fanOut, retention: .days(Double.random(in: 1...3_650, using: &random)),
        partitions: partitions, profile: LoadProfile([.diurnal(.peak(hour: 20, multiplier: peak))]))
      let topology = Topology(azs: azs, replicationFactor: rf, survive: .broker)
      #expect(scenario(feeds: [base], topology: topology).validate().isEmpty, "\(base) \(topology)")
      var past = base
      switch Int.random(in: 0..<3, using: &random) {
      case 0: past.fanOut = InputLimits.fanOut.value + Int.random(in: 1...Int.max / 2, using: &random)
      case 1: past.partitions = InputLimits.partitions.value + Int.random(in: 1...Int.max / 2, using: &random)
      default: past.retention = TimeSpan(seconds: InputLimits.retention.value.seconds * Double.random(in: 1.001...1e9, using: &random))
      }
      let issues = scenario(feeds: [past], topology: topology).validate()
      #expect(issues.count == 1, "\(issues)")
    }
  }
}

/// A small deterministic generator (SplitMix64), so the property test draws the same values every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
