/// The cost categories every architecture's bill is summarised in, in report order.
///
/// Cross-AZ transfer is split by cause, because "why is cross-AZ 60 % of the
/// bill?" is the question reviewers ask first.
public enum CostCategory: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case compute
  case blockStorage = "block_storage"
  case objectStorage = "object_storage"
  case objectRequests = "object_requests"
  case crossAZProducer = "cross_az_producer"
  case crossAZReplication = "cross_az_replication"
  case crossAZConsumer = "cross_az_consumer"
  /// Partition moves and re-replication after scaling or a failure (time simulation).
  case crossAZRebalance = "cross_az_rebalance"

  /// Short label for terminal tables.
  public var label: String {
    switch self {
    case .compute: "compute"
    case .blockStorage: "block storage"
    case .objectStorage: "object storage"
    case .objectRequests: "object requests"
    case .crossAZProducer: "cross-AZ producer"
    case .crossAZReplication: "cross-AZ replication"
    case .crossAZConsumer: "cross-AZ consumer"
    case .crossAZRebalance: "cross-AZ rebalance"
    }
  }

  /// Position in report order (the order of `allCases`), without building the array.
  public var rank: Int {
    switch self {
    case .compute: 0
    case .blockStorage: 1
    case .objectStorage: 2
    case .objectRequests: 3
    case .crossAZProducer: 4
    case .crossAZReplication: 5
    case .crossAZConsumer: 6
    case .crossAZRebalance: 7
    }
  }

  public static func < (a: CostCategory, b: CostCategory) -> Bool { a.rank < b.rank }
}
