/// One architecture to compare, as the scenario asks for it: a label and its knobs.
public struct ArchitectureSpec: Hashable, Sendable, Codable {
  /// Label shown in outputs; unique within a scenario. Defaults to the kind's name.
  public var name: String
  public var config: Config
  /// How its capacity changes over time.
  public var scaling: ScalingConfig

  public init(name: String? = nil, config: Config, scaling: ScalingConfig? = nil) {
    self.name = name ?? config.kind.rawValue
    self.config = config
    self.scaling = scaling ?? .defaults(for: config.kind)
  }

  public var kind: ArchitectureKind { config.kind }

  /// The knobs of each kind of architecture.
  public enum Config: Hashable, Sendable, Codable {
    case kafka(BrokerLocalConfig)
    case kafkaTiered(BrokerLocalConfig, TieringConfig)
    case sharedStorage(SharedStorageConfig)
    case diskless(DisklessConfig)

    public var kind: ArchitectureKind {
      switch self {
      case .kafka: .kafka
      case .kafkaTiered: .kafkaTiered
      case .sharedStorage: .sharedStorage
      case .diskless: .diskless
      }
    }
  }

  /// The four architectures with every knob at its default (docs/model.md §1–4).
  public static let defaults: [ArchitectureSpec] = [
    ArchitectureSpec(config: .kafka(BrokerLocalConfig())),
    ArchitectureSpec(config: .kafkaTiered(BrokerLocalConfig(), TieringConfig())),
    ArchitectureSpec(config: .sharedStorage(SharedStorageConfig())),
    ArchitectureSpec(config: .diskless(DisklessConfig())),
  ]
}

/// The kinds of deployment StreamCost models.
public enum ArchitectureKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Apache Kafka on broker-local block or NVMe storage, RF copies.
  case kafka
  /// Kafka with KIP-405 tiered storage: local retention on disk, one copy in object storage.
  case kafkaTiered = "kafka-tiered"
  /// WAL plus object storage as the primary store, stateless brokers (AutoMQ-style).
  case sharedStorage = "shared-storage"
  /// Agents write batches straight to object storage (WarpStream-style, KIP-1150).
  case diskless
}

/// Which instance type to run: a named one, or the cheapest in the price book that fits.
public enum InstanceChoice: Hashable, Sendable, Codable {
  case cheapest
  case named(String)

  public var label: String {
    switch self {
    case .cheapest: "cheapest"
    case .named(let type): type
    }
  }
}
