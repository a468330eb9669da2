import StreamCost

/// The keys a version-1 scenario accepts, per level and per architecture type.
enum ScenarioKeys {
  static let supportedVersions = [1]
  static let top = [
    "version", "name", "description", "pricing", "pricing_as_of", "month", "start", "feeds", "topology",
    "architectures",
  ]
  static let feed = ["name", "write", "fan_out", "retention", "partitions", "message_size", "catch_up"]
  static let catchUp = ["rate", "lag"]
  static let topology = [
    "azs", "replication_factor", "fetch_from_follower", "network_utilisation", "disk_utilisation", "survive",
  ]
  static let common = ["type", "name", "instance"]
  static let brokerLocal = [
    "disk", "controllers", "controller_instance", "max_disk_per_broker", "segment_bytes", "segment_ms", "disk_io_size",
  ]
  static let tiering = ["local_retention", "multipart_part_size", "extra_objects_per_segment", "remote_read_chunk"]
  static let shared = [
    "wal", "wal_volume", "zone_router", "put_per_mbps", "get_per_mbps", "request_floor", "compaction_read",
    "controllers", "controller_instance",
  ]
  static let diskless = [
    "batch_interval", "zone_aware_clients", "throughput_per_vcpu", "cpu_target", "compaction_levels",
    "compaction_fan_in", "read_chunk",
  ]

  /// Keys an architecture entry of `kind` accepts.
  static func architecture(_ kind: ArchitectureKind) -> [String] {
    switch kind {
    case .kafka: common + brokerLocal
    case .kafkaTiered: common + brokerLocal + tiering
    case .sharedStorage: common + shared
    case .diskless: common + diskless
    }
  }

  /// "belongs to kafka-tiered" when `key` is valid for another type than `kind`.
  static func misplaced(_ key: String, for kind: ArchitectureKind) -> String? {
    let owners = ArchitectureKind.allCases.filter { $0 != kind && architecture($0).contains(key) }
    guard !owners.isEmpty else { return nil }
    return "'\(key)' is not a \(kind.rawValue) setting (it belongs to \(owners.map(\.rawValue).joined(separator: ", ")))"
  }
}
