import StreamCost

/// Reads one `architectures:` entry: its type, then the knobs that type accepts.
enum ArchitectureReader {
  static func read(_ value: YAMLValue, clock: ScenarioClock) throws(InputError) -> ArchitectureSpec {
    guard case .mapping = value.node else { throw value.error("expected a mapping with a `type:` key") }
    value.context.record(value.path, line: value.line)
    let kind = try peekKind(value)
    let map = try value.mapping(ScenarioKeys.architecture(kind)) { ScenarioKeys.misplaced($0, for: kind) }
    let name = map.optional("name", nil as String?) { v throws(InputError) in try v.string() }
    let instance = map.optional("instance", InstanceChoice.cheapest) { v throws(InputError) in
      let text = try v.string()
      return text == "cheapest" ? .cheapest : .named(text)
    }
    let config: ArchitectureSpec.Config
    switch kind {
    case .kafka:
      config = .kafka(try brokerLocal(map, instance: instance))
    case .kafkaTiered:
      config = .kafkaTiered(try brokerLocal(map, instance: instance), try tiering(map))
    case .sharedStorage:
      config = .sharedStorage(try shared(map, instance: instance))
    case .diskless:
      config = .diskless(try diskless(map, instance: instance))
    }
    return ArchitectureSpec(name: name, config: config, scaling: try ScalingReader.read(map, kind: kind, clock: clock))
  }

  /// The entry's `type`, read through a context of its own: the entry's unknown keys are reported
  /// once, when the entry is read with its type's keys.
  static func peekKind(_ value: YAMLValue) throws(InputError) -> ArchitectureKind {
    let aside = YAMLValue(node: value.node, path: value.path, context: YAMLContext(file: value.context.file, records: false))
    let all = try aside.mapping(
      ScenarioKeys.common + ScenarioKeys.brokerLocal + ScenarioKeys.tiering + ScenarioKeys.shared + ScenarioKeys.diskless
        + ScenarioKeys.scaling)
    return try all.required("type", accepted: ArchitectureKind.allCases.map(\.rawValue).joined(separator: ", "))
      .choice(ArchitectureKind.self)
  }

  static func brokerLocal(_ map: YAMLMapping, instance: InstanceChoice) throws(InputError) -> BrokerLocalConfig {
    let d = BrokerLocalConfig()
    let controllers = map.optional("controllers", (count: d.controllers, placement: d.controllerPlacement)) { v throws(InputError) in
      try Self.controllers(v)
    }
    return BrokerLocalConfig(
      instance: instance,
      disk: map.optional("disk", d.disk) { v throws(InputError) in try v.choice(DiskKind.self) },
      controllers: controllers.count,
      controllerInstance: map.optional("controller_instance", nil as String?) { v throws(InputError) in try v.string() },
      maxDiskPerBroker: map.optional("max_disk_per_broker", nil as DataSize?) { v throws(InputError) in try v.size() },
      segmentBytes: map.optional("segment_bytes", d.segmentBytes) { v throws(InputError) in try v.size() },
      segmentTime: map.optional("segment_ms", d.segmentTime) { v throws(InputError) in try v.duration() },
      diskIOSize: map.optional("disk_io_size", d.diskIOSize) { v throws(InputError) in try v.size() },
      roundToAZs: map.optional("round_to_azs", d.roundToAZs) { v throws(InputError) in try v.bool() },
      controllerPlacement: controllers.placement,
      rootVolume: map.optional("root_volume", nil as NodeVolume?) { v throws(InputError) in try nodeVolume(v) },
      controllerVolume: map.optional("controller_volume", nil as NodeVolume?) { v throws(InputError) in try nodeVolume(v) },
      volumeStep: map.optional("volume_step", nil as DataSize?) { v throws(InputError) in try v.size() })
  }

  /// `controllers:` of a broker-local design: a count of dedicated nodes, or `combined` (the
  /// default quorum of voters among the brokers).
  static func controllers(_ value: YAMLValue) throws(InputError) -> (count: Int, placement: ControllerPlacement) {
    let text = try value.scalar("a whole number or combined")
    if text == ControllerPlacement.combined.rawValue { return (ModelDefaults.controllers.value, .combined) }
    guard let count = Int(text) else {
      throw value.error("'\(text)' is neither a number of controllers nor combined", accepted: "a whole number (e.g. 3) or combined")
    }
    return (count, .dedicated)
  }

  /// A node volume: `{size: 64 GiB, type: gp3}` (type defaults to gp3).
  static func nodeVolume(_ value: YAMLValue) throws(InputError) -> NodeVolume {
    let map = try value.mapping(ScenarioKeys.nodeVolume)
    return NodeVolume(
      size: try map.required("size", accepted: "a size such as '64 GiB'").size(),
      type: map.optional("type", NodeVolumeType.gp3) { v throws(InputError) in try v.choice(NodeVolumeType.self) })
  }

  static func tiering(_ map: YAMLMapping) throws(InputError) -> TieringConfig {
    let d = TieringConfig()
    return TieringConfig(
      localRetention: map.optional("local_retention", nil as TimeSpan?) { v throws(InputError) in try v.duration() },
      partSize: map.optional("multipart_part_size", d.partSize) { v throws(InputError) in try v.size() },
      extraObjectsPerSegment: map.optional("extra_objects_per_segment", d.extraObjectsPerSegment) { v throws(InputError) in try v.int() },
      readChunk: map.optional("remote_read_chunk", d.readChunk) { v throws(InputError) in try v.size() })
  }

  static func shared(_ map: YAMLMapping, instance: InstanceChoice) throws(InputError) -> SharedStorageConfig {
    let d = SharedStorageConfig()
    return SharedStorageConfig(
      instance: instance,
      wal: map.optional("wal", d.wal) { v throws(InputError) in try v.choice(WALKind.self) },
      walVolume: map.optional("wal_volume", d.walVolume) { v throws(InputError) in try v.size() },
      zoneRouter: map.optional("zone_router", nil as Bool?) { v throws(InputError) in try v.bool() },
      putPerMBps: map.optional("put_per_mbps", d.putPerMBps) { v throws(InputError) in try v.double() },
      getPerMBps: map.optional("get_per_mbps", d.getPerMBps) { v throws(InputError) in try v.double() },
      requestFloorPerBroker: map.optional("request_floor", d.requestFloorPerBroker) { v throws(InputError) in try v.double() },
      compactionRead: map.optional("compaction_read", d.compactionRead) { v throws(InputError) in try v.double() },
      controllers: map.optional("controllers", d.controllers) { v throws(InputError) in try v.int() },
      controllerInstance: map.optional("controller_instance", nil as String?) { v throws(InputError) in try v.string() },
      rootVolume: map.optional("root_volume", nil as NodeVolume?) { v throws(InputError) in try nodeVolume(v) },
      controllerVolume: map.optional("controller_volume", nil as NodeVolume?) { v throws(InputError) in try nodeVolume(v) })
  }

  static func diskless(_ map: YAMLMapping, instance: InstanceChoice) throws(InputError) -> DisklessConfig {
    let d = DisklessConfig()
    return DisklessConfig(
      instance: instance,
      batchInterval: map.optional("batch_interval", d.batchInterval) { v throws(InputError) in try v.duration() },
      zoneAwareClients: map.optional("zone_aware_clients", nil as Bool?) { v throws(InputError) in try v.bool() },
      throughputPerVCPU: map.optional("throughput_per_vcpu", d.throughputPerVCPU) { v throws(InputError) in try v.rate() },
      cpuTarget: map.optional("cpu_target", d.cpuTarget) { v throws(InputError) in try v.fraction() },
      compactionLevels: map.optional("compaction_levels", d.compactionLevels) { v throws(InputError) in try v.int() },
      compactionFanIn: map.optional("compaction_fan_in", d.compactionFanIn) { v throws(InputError) in try v.int() },
      readChunk: map.optional("read_chunk", d.readChunk) { v throws(InputError) in try v.size() },
      rootVolume: map.optional("root_volume", nil as NodeVolume?) { v throws(InputError) in try nodeVolume(v) })
  }
}
