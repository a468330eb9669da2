import StreamCostTestSupport

@testable import StreamCost

/// Turns the generator's plain cases (``ExplainScenarioGenerator``) into scenarios.
enum ExplainScenarios {
  /// The scenario of `c`, every architecture under `policy` (its kind's default when nil).
  static func scenario(_ c: ExplainScenarioGenerator.Case, policy: ScalingPolicy? = nil) -> Scenario {
    let retention = TimeSpan.hours(c.retentionHours)
    let catchUp = c.catchUpShare > 0
      ? CatchUp(rate: .mbps(c.writeMBps * c.catchUpShare), lag: .hours(min(c.catchUpLagHours, c.retentionHours))) : nil
    let feed = Feed(name: "f", write: .mbps(c.writeMBps), fanOut: c.fanOut, retention: retention, partitions: c.partitions, catchUp: catchUp)
    let survive: FailureTolerance = [.none, .broker, .az][c.survive]
    let topology = Topology(fetchFromFollower: c.fetchFromFollower, survive: survive)
    let config: ArchitectureSpec.Config
    switch c.architecture {
    case 0:
      // The book's one NVMe type (i3en.large, 1.25 TB) must hold a partition's replica at a 4× peak: W/P × T ÷ 70 %.
      let replica = c.writeMBps * 1e6 / Double(c.partitions) * c.retentionHours * 3_600 / 0.7
      config = .kafka(BrokerLocalConfig(disk: c.optionA || replica * 4 > 1e12 ? .gp3 : .localNVMe))
    case 1: config = .kafkaTiered(BrokerLocalConfig(), TieringConfig())
    case 2: config = .sharedStorage(SharedStorageConfig(wal: c.optionA ? .objectStorage : .ebs, zoneRouter: c.optionA && c.optionB))
    default: config = .diskless(DisklessConfig(zoneAwareClients: c.optionB))
    }
    let spec = ArchitectureSpec(config: config, scaling: policy.map { ScalingConfig(policy: $0) })
    return Scenario(
      name: "generated-\(c.seed)", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: [feed],
      topology: topology, architectures: [spec], time: TimeSettings(horizon: .hours(c.horizonHours), step: .minutes(c.stepMinutes)),
      profile: profile(c.profile))
  }

  static func profile(_ profile: ExplainScenarioGenerator.Profile) -> LoadProfile {
    switch profile {
    case .flat: return .flat
    case .diurnal(let hour, let multiplier): return LoadProfile([.diurnal(.peak(hour: hour, multiplier: multiplier))])
    case .weekly(let factors):
      let mean = factors.reduce(0, +) / Double(factors.count)
      return LoadProfile([.weekly(factors.map { $0 / mean })])
    case .spike(let start, let hours, let multiplier):
      return LoadProfile([.spikes([Spike(start: .hours(start), duration: .hours(hours), multiplier: multiplier)])])
    }
  }
}

/// Records, per architecture, the most nodes running at any step of the timeline.
struct MostRunningSink: TimelineSink {
  var most: [Int: Int] = [:]
  mutating func accept(_ record: StepRecord) { most[record.architecture] = max(most[record.architecture] ?? 0, record.running) }
}
