/// The component a cost line bills, as a FOCUS resource (ResourceId, ResourceName, ResourceType).
///
/// A forecast has no real resource ids, so the id is made up of the scenario, the architecture and
/// the component: `telco-c360-feeds/kafka/brokers`.
public enum FocusResource: String, Hashable, Sendable, CaseIterable {
  case brokers
  case agents
  case controllers
  case volumes
  case bucket
  case transfer

  /// FOCUS ResourceType: what kind of thing the component is.
  public var type: String {
    switch self {
    case .brokers: "Kafka broker"
    case .agents: "Diskless agent"
    case .controllers: "KRaft controller"
    case .volumes: "Block storage volume"
    case .bucket: "Object storage bucket"
    case .transfer: "Inter-AZ data transfer"
    }
  }

  /// The component `line` of an architecture whose capacity is `role` (`brokers` or `agents`) bills.
  public static func of(_ line: CostLine, role: String) -> FocusResource {
    switch line.category {
    case .compute:
      if line.description.hasPrefix(controllerPrefix) { return .controllers }
      return role == FocusResource.agents.rawValue ? .agents : .brokers
    case .blockStorage: return .volumes
    case .objectStorage, .objectRequests: return .bucket
    case .crossAZProducer, .crossAZReplication, .crossAZConsumer, .crossAZRebalance: return .transfer
    }
  }

  /// How the compute line of the controller quorum begins (the architectures' meter lines).
  static let controllerPrefix = "KRaft controllers"
}
