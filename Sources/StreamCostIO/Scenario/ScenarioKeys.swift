import StreamCost

/// The keys a version-1 scenario accepts, per level and per architecture type.
enum ScenarioKeys {
  static let supportedVersions = [1]
  static let top = [
    "version", "name", "description", "pricing", "pricing_as_of", "month", "start", "horizon", "step", "initial_state",
    "profile",
    "events", "feeds", "topology", "architectures", "uncertainty",
  ]
  /// The `uncertainty:` section, read only by `streamcost uncertainty` (UncertaintyReader).
  static let uncertainty = ["parameters", "prices", "correlate"]
  static let feed = ["name", "write", "fan_out", "retention", "partitions", "message_size", "catch_up", "profile", "replay"]
  static let catchUp = ["rate", "lag"]
  static let replay = ["every", "history", "rate", "first"]
  static let event = ["at", "lose", "az"]
  /// Components of a `profile:` list, each the single key of one item (`flat` is also a bare word).
  static let profileComponents = ["flat", "diurnal", "weekly", "spikes", "growth", "series"]
  static let diurnal = ["peak_hour", "peak_multiplier", "hourly"]
  static let spike = ["start", "duration", "multiplier", "ramp"]
  static let series = ["file"]
  static let topology = [
    "azs", "replication_factor", "clients", "fetch_from_follower", "network_utilisation", "disk_utilisation", "survive",
  ]
  static let common = ["type", "name", "instance"]
  /// Accepted by every architecture type (ScalingConfig).
  static let scaling = ["policy", "schedule", "throttle", "instance_start", "partition_move"]
  static let schedule = ["at", "count"]
  /// `root_volume:` and `controller_volume:`.
  static let nodeVolume = ["size", "type"]
  static let brokerLocal = [
    "disk", "controllers", "controller_instance", "max_disk_per_broker", "segment_bytes", "segment_ms", "disk_io_size",
    "round_to_azs", "root_volume", "controller_volume", "volume_step",
  ]
  static let tiering = ["local_retention", "multipart_part_size", "extra_objects_per_segment", "remote_read_chunk"]
  static let shared = [
    "wal", "wal_volume", "zone_router", "put_per_mbps", "get_per_mbps", "request_floor", "compaction_read",
    "controllers", "controller_instance", "root_volume", "controller_volume",
  ]
  static let diskless = [
    "batch_interval", "zone_aware_clients", "throughput_per_vcpu", "cpu_target", "compaction_levels",
    "compaction_fan_in", "read_chunk", "root_volume",
  ]

  /// Keys an architecture entry of `kind` accepts.
  static func architecture(_ kind: ArchitectureKind) -> [String] {
    switch kind {
    case .kafka: common + brokerLocal + scaling
    case .kafkaTiered: common + brokerLocal + tiering + scaling
    case .sharedStorage: common + shared + scaling
    case .diskless: common + diskless + scaling
    }
  }

  /// "belongs to kafka-tiered" when `key` is valid for another type than `kind`.
  static func misplaced(_ key: String, for kind: ArchitectureKind) -> String? {
    let owners = ArchitectureKind.allCases.filter { $0 != kind && architecture($0).contains(key) }
    guard !owners.isEmpty else { return nil }
    return "'\(key)' is not a \(kind.rawValue) setting (it belongs to \(owners.map(\.rawValue).joined(separator: ", ")))"
  }
}
