import Testing

@testable import StreamCost

/// Scenario rules, each reported at its key path with what is accepted.
struct ScenarioValidationTests {
  func scenario(
    feeds: [Feed] = [Feed(name: "f", write: .mbps(10), partitions: 6)], topology: Topology = Topology(),
    architectures: [ArchitectureSpec] = ArchitectureSpec.defaults
  ) -> Scenario {
    Scenario(
      name: "s", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: feeds, topology: topology,
      architectures: architectures)
  }

  @Test func validScenarioHasNoIssues() {
    #expect(scenario().validate().isEmpty)
  }

  @Test func zeroRateZeroPartitionsAndEmptyFeeds() {
    let paths = scenario(feeds: [Feed(name: "f", write: .zero, partitions: 0)]).validate().map(\.keyPath)
    #expect(paths == ["feeds[0].write", "feeds[0].partitions"])
    #expect(scenario(feeds: []).validate().map(\.keyPath) == ["feeds"])
  }

  @Test func impossibleTopologies() {
    let issues = scenario(topology: Topology(azs: 0, replicationFactor: 0)).validate().map(\.keyPath)
    #expect(issues.contains("topology.azs"))
    #expect(issues.contains("topology.replication_factor"))
    let oneZone = scenario(topology: Topology(azs: 1, survive: .az)).validate()
    #expect(oneZone.map(\.keyPath) == ["topology.survive"])
    #expect(scenario(topology: Topology(networkUtilisation: Fraction(1.2))).validate().map(\.keyPath) == ["topology.network_utilisation"])
  }

  @Test func retentionShorterThanLocalRetention() {
    let tiered = ArchitectureSpec(config: .kafkaTiered(BrokerLocalConfig(), TieringConfig(localRetention: .days(2))))
    let issues = scenario(
      feeds: [Feed(name: "f", write: .mbps(10), retention: .days(1), partitions: 6)], architectures: [tiered]
    ).validate()
    #expect(issues.map(\.keyPath) == ["architectures[0].local_retention"])
    #expect(issues.first?.message.contains("2d") == true)
    #expect(issues.first?.message.contains("1d") == true)
  }

  @Test func catchUpLagBeyondRetentionAndDuplicateNames() {
    let feed = Feed(name: "f", write: .mbps(10), retention: .days(1), partitions: 6, catchUp: CatchUp(rate: .mbps(1), lag: .days(3)))
    #expect(scenario(feeds: [feed, feed]).validate().map(\.keyPath) == ["feeds[0].catch_up.lag", "feeds[1].name", "feeds[1].catch_up.lag"])
    let twice = [ArchitectureSpec(config: .kafka(BrokerLocalConfig())), ArchitectureSpec(config: .kafka(BrokerLocalConfig()))]
    #expect(scenario(architectures: twice).validate().map(\.keyPath) == ["architectures[1].name"])
  }

  @Test func zoneRouterNeedsObjectStorageWAL() {
    let shared = ArchitectureSpec(config: .sharedStorage(SharedStorageConfig(wal: .ebs, zoneRouter: true)))
    #expect(scenario(architectures: [shared]).validate().map(\.keyPath) == ["architectures[0].zone_router"])
  }
}
