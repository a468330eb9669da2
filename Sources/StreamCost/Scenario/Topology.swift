/// Where the cluster runs and how much failure it must absorb without losing capacity.
public struct Topology: Hashable, Sendable, Codable {
  /// Z: availability zones that brokers and clients spread over.
  public var azs: Int
  /// RF: copies of each partition in broker-local Kafka.
  public var replicationFactor: Int
  /// Where clients send their bytes relative to their AZ, for every architecture.
  public var clients: ClientPlacement
  /// Consumers read from a replica in their own AZ (KIP-392) on kafka and kafka-tiered; nil follows
  /// ``clients``.
  public var fetchFromFollower: Bool?
  /// U_net: share of an instance's baseline network (and EBS) bandwidth planned for use.
  public var networkUtilisation: Fraction
  /// U_disk: share of provisioned disk planned to be full.
  public var diskUtilisation: Fraction
  /// Failure the cluster must carry at full load.
  public var survive: FailureTolerance

  public init(
    azs: Int = ModelDefaults.azs.value,
    replicationFactor: Int = ModelDefaults.replicationFactor.value,
    clients: ClientPlacement = ModelDefaults.clients.value,
    fetchFromFollower: Bool? = nil,
    networkUtilisation: Fraction = ModelDefaults.networkUtilisation.value,
    diskUtilisation: Fraction = ModelDefaults.diskUtilisation.value,
    survive: FailureTolerance = .broker
  ) {
    self.azs = azs
    self.replicationFactor = replicationFactor
    self.clients = clients
    self.fetchFromFollower = fetchFromFollower
    self.networkUtilisation = networkUtilisation
    self.diskUtilisation = diskUtilisation
    self.survive = survive
  }
}

/// Spare capacity a cluster keeps so that losing part of it does not overload the rest.
public enum FailureTolerance: String, Hashable, Sendable, Codable, CaseIterable {
  /// No spare capacity.
  case none
  /// One spare broker: N + 1 (docs/model.md §1).
  case broker
  /// Lose a whole AZ: N × Z / (Z − 1) (docs/model.md §1).
  case az

  /// How the headroom is written in line-item notes.
  public var headroomRule: String {
    switch self {
    case .none: "no failure headroom"
    case .broker: "N+1 headroom to survive a broker"
    case .az: "N·Z/(Z−1) headroom to survive an AZ"
    }
  }
}

extension Topology {
  /// (Z−1)/Z: the share of clients in another AZ than the broker they talk to.
  public var remoteZoneShare: Double { (Double(azs) - 1) / Double(azs) }

  /// Kafka's consumers fetch from a replica in their AZ: `fetch_from_follower`, else zone-aware ``clients``.
  public var readsFromFollowers: Bool { clients.overridden(by: fetchFromFollower) == .zoneAware }
}
