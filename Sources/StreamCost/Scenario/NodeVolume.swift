/// A block volume every node of a kind carries besides its data: a root (OS) volume, or the
/// KRaft controllers' metadata-log volume. Billed at the book's block-storage rate per GiB-month;
/// a volume at its type's included IOPS and throughput bills nothing more (docs/model.md §1.4).
public struct NodeVolume: Hashable, Sendable, Codable {
  /// Provisioned size; billed in whole GiB, rounded up (EBS provisions whole GiB).
  public var size: DataSize
  public var type: NodeVolumeType

  public init(size: DataSize, type: NodeVolumeType = .gp3) {
    self.size = size
    self.type = type
  }

  /// ``size`` in whole GiB, as the volume is provisioned and billed.
  public var sizeGiB: Double { GP3Volume.sizeGiB(size) }

  /// `64 GiB gp3`, for line descriptions.
  public var label: String { "\(Format.number(sizeGiB)) GiB \(type.rawValue)" }

  /// The `root_volume` and `controller_volume` rows of an architecture's assumptions, only for those
  /// stated (a scenario that states none lists none, as before they existed).
  static func parameters(root: NodeVolume?, controller: NodeVolume?) -> [ParameterValue] {
    [("root_volume", root), ("controller_volume", controller)].compactMap { key, volume in
      volume.map { ParameterValue(key, $0.label, "GiB, type", source: "scenario (docs/model.md §1.4)") }
    }
  }
}

/// The volume types a node volume may be: those the price book prices (its block-storage rate).
public enum NodeVolumeType: String, Hashable, Sendable, Codable, CaseIterable {
  case gp3
}

/// Where broker-local Kafka's KRaft controllers run.
public enum ControllerPlacement: String, Hashable, Sendable, Codable, CaseIterable {
  /// `controllers` nodes of their own (`controller_instance`), billed as their own line.
  case dedicated
  /// Combined nodes (`process.roles=broker,controller`): `controllers` of the brokers are also the
  /// quorum's voters, so no controller instance is billed and at least that many brokers run.
  case combined
}
