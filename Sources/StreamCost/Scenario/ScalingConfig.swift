/// How an architecture changes its capacity over time (docs/model.md §5).
public struct ScalingConfig: Hashable, Sendable, Codable {
  public var policy: ScalingPolicy
  /// Target counts at given offsets, for `scheduled`.
  public var schedule: [ScheduledResize]
  /// Per-broker replication throttle for partition moves and recovery (broker-local designs).
  public var throttle: DataRate
  /// Time from asking for an instance to it serving traffic.
  public var instanceStart: TimeSpan
  /// Time to move one partition between stateless brokers (shared storage).
  public var partitionMove: TimeSpan

  public init(
    policy: ScalingPolicy, schedule: [ScheduledResize] = [], throttle: DataRate = ModelDefaults.throttle.value,
    instanceStart: TimeSpan = ModelDefaults.instanceStart.value, partitionMove: TimeSpan = ModelDefaults.partitionMove.value
  ) {
    self.policy = policy
    self.schedule = schedule
    self.throttle = throttle
    self.instanceStart = instanceStart
    self.partitionMove = partitionMove
  }

  /// The default for a kind: broker-local Kafka is sized once for the peak (what operators do);
  /// shared storage and diskless follow demand (docs/model.md §5).
  public static func defaults(for kind: ArchitectureKind) -> ScalingConfig {
    switch kind {
    case .kafka, .kafkaTiered: ScalingConfig(policy: .peak)
    case .sharedStorage, .diskless: ScalingConfig(policy: .reactive)
    }
  }
}

public enum ScalingPolicy: String, Hashable, Sendable, Codable, CaseIterable {
  /// Sized once for the horizon's peak.
  case peak
  /// Follows demand, each change arriving after the architecture's lead time.
  case reactive
  /// Resized at the times the scenario gives.
  case scheduled
}

/// One entry of a `scheduled` policy: from `at`, run `count` brokers (or agents).
public struct ScheduledResize: Hashable, Sendable, Codable {
  public var at: TimeSpan
  public var count: Int

  public init(at: TimeSpan, count: Int) {
    self.at = at
    self.count = count
  }
}

extension ScalingConfig {
  /// The scaling knobs as assumption rows.
  public var parameters: [ParameterValue] {
    [
      ParameterValue("policy", policy.rawValue, "policy", source: "docs/model.md §5 (peak for broker-local Kafka, reactive for stateless designs)"),
      ParameterValue("throttle", Format.number(throttle.bytesPerSecond), default: ModelDefaults.throttle),
      ParameterValue("instance_start", Format.number(instanceStart.seconds), default: ModelDefaults.instanceStart),
      ParameterValue("partition_move", Format.number(partitionMove.seconds), default: ModelDefaults.partitionMove),
    ]
  }
}
