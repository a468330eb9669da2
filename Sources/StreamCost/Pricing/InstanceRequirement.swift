/// An `instances.csv` field that a model sizes against, so a row without it cannot be priced.
///
/// A type in the book is a candidate for every architecture (`instance: cheapest` tries them all),
/// so each field one model reads is needed on every row: an empty cell would otherwise size that
/// model on a made-up capacity (before this rule, a gp3 broker without its EBS baseline was sized
/// on gp3's 1,000 MiB/s volume ceiling instead of the instance's far lower EBS bandwidth).
public enum InstanceRequirement: String, CaseIterable, Sendable {
  /// vCPUs: diskless agents are sized on CPU.
  case vcpu = "vcpu"
  /// Baseline (not burst) network bandwidth, Gbit/s: every architecture's network lanes.
  case networkBaseline = "network_baseline_gbps"
  /// Baseline (not maximum) EBS bandwidth, Mbit/s: broker-local Kafka on gp3 volumes writes RF·W
  /// through it.
  case ebsBaseline = "ebs_baseline_mbps"

  /// The column in `instances.csv`.
  public var column: String { rawValue }

  /// Which models read the field, and for what.
  public var neededBy: String {
    switch self {
    case .vcpu: "diskless sizes its agents on vCPUs"
    case .networkBaseline: "every architecture sizes its network lanes on the baseline bandwidth"
    case .ebsBaseline: "kafka and kafka-tiered on gp3 volumes size disk throughput on the EBS baseline"
    }
  }

  /// What a valid cell holds, with its unit.
  public var accepted: String {
    switch self {
    case .vcpu: "the type's whole number of vCPUs"
    case .networkBaseline: "the type's baseline (not burst) network bandwidth in Gbit/s, above 0"
    case .ebsBaseline:
      "the type's baseline (not maximum) EBS bandwidth in Mbit/s, above 0, from the provider's EBS-optimized instance table"
    }
  }
}
