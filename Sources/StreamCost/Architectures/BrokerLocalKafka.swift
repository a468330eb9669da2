/// Apache Kafka on broker-local storage: RF copies on gp3 volumes or local NVMe (docs/model.md §1).
public struct BrokerLocalKafka: Deployment, Hashable {
  public var name: String
  public var config: BrokerLocalConfig
  /// The price book's facts: gp3's allowances and limits, the default controller type.
  public var facts: ProviderFacts
  /// Set by ``TieredKafka``: keep only TL locally.
  var tiering: TieringConfig?

  public init(name: String, config: BrokerLocalConfig, facts: ProviderFacts) {
    self.name = name
    self.config = config
    self.facts = facts
  }

  /// The controllers' instance type: the scenario's, else the book's default.
  var controllerInstance: String { config.controllerInstance ?? facts.controllerInstance }
  /// The largest gp3 disk per broker: the scenario's, else the book's largest volume.
  var maxDiskPerBroker: DataSize { config.maxDiskPerBroker ?? facts.blockVolume.maxSize }

  public var kind: ArchitectureKind { tiering == nil ? .kafka : .kafkaTiered }
  public var instanceChoice: InstanceChoice { config.instance }
  public var instanceKey: String { "instance" }

  public func accepts(_ instance: InstanceType) -> Bool {
    config.disk == .gp3 || (instance.localNVMe?.bytes ?? 0) > 0
  }

  func load(_ workload: Workload) -> BrokerLocalLoad {
    BrokerLocalLoad(workload: workload, config: config, tiering: tiering)
  }

  /// The formulas for steps of `hours` on `topology` (0 hours where only needs and rates are read).
  func formulas(_ topology: Topology, hours: Double) -> BrokerLocalFormulas {
    BrokerLocalFormulas(self, topology: topology, hours: hours)
  }

  /// The sums the formulas read: a simulated step's, or the feeds' with their local-disk sums.
  func steadySums(_ workload: Workload) -> StepSums {
    var sums = workload.sums
    sums.local = workload.localDisk ?? BrokerLocalLoad.sums(workload, config: config, tiering: tiering)
    return sums
  }

  /// What each feed keeps on the brokers' disks: its retention, or TL with tiering.
  func localDiskPlan(_ scenario: Scenario, grid: TimeGrid) -> LocalDiskPlan? {
    LocalDiskPlan(config: config, tiering: tiering, scenario: scenario, grid: grid)
  }

  /// Largest disk one broker may hold.
  func diskCeiling(_ instance: InstanceType) -> DataSize { Self.diskCeiling(instance, disk: config.disk, maxVolume: maxDiskPerBroker) }

  /// Largest disk one broker of `instance` holds on `disk`: one volume of at most `maxVolume`, or its NVMe drives.
  static func diskCeiling(_ instance: InstanceType, disk: DiskKind, maxVolume: DataSize) -> DataSize {
    switch disk {
    case .gp3: maxVolume
    case .localNVMe: instance.localNVMe ?? DataSize(bytes: 0)
    }
  }

  public func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing {
    guard accepts(instance) else {
      throw SizingFailure(key: "disk", "disk: local-nvme needs an instance with local NVMe; \(instance.name) has none")
    }
    let load = load(workload)
    let nic = instance.networkBaseline * workload.topology.networkUtilisation.value
    try checkHottestPartition(workload, load: load, instance: instance, nic: nic)
    let sized = laneSizing(workload, on: instance)
    return Sizing(
      role: "brokers", instance: instance, count: sized.count.count, countBeforeHeadroom: sized.count.beforeHeadroom,
      binding: sized.count.binding, requirements: sized.requirements + [sized.minimum],
      figures: figures(load, brokers: sized.count.count))
  }

  /// One partition's leader must fit on one broker: its egress within the NIC, a replica within the disk.
  func checkHottestPartition(
    _ workload: Workload, load: BrokerLocalLoad, instance: InstanceType, nic: DataRate
  ) throws(SizingFailure) {
    for feed in workload.feeds {
      let wp = feed.writePerPartition
      let egress = wp * (load.rf - 1 + Double(feed.fanOut)) + feed.catchUpRate / Double(feed.partitions)
      if egress > nic {
        throw SizingFailure(
          key: "instance",
          "feed '\(feed.name)': one partition leader sends \(Format.rate(egress)) ((RF−1+F)·W/P + Rc/P) but \(instance.name) carries \(Format.rate(nic)) at the target utilisation; add partitions or choose a larger instance")
      }
      let replica = wp.over(load.localRetention(feed)) / workload.topology.diskUtilisation.value
      if replica > diskCeiling(instance) {
        throw SizingFailure(
          key: config.disk == .gp3 ? "max_disk_per_broker" : "instance",
          "feed '\(feed.name)': one partition replica needs \(Format.size(replica)) of disk but a broker holds at most \(Format.size(diskCeiling(instance))); add partitions or shorten retention")
      }
    }
  }

  func figures(_ load: BrokerLocalLoad, brokers: Int) -> [Figure] {
    let n = Double(brokers)
    return [
      Figure(
        "stored bytes on broker disks (S)", load.stored.bytes, "bytes",
        note: "RF × bytes held\(tiering == nil ? "" : " locally (TL)") + open segments; W·\(tiering == nil ? "T" : "TL") held in steady state"),
      Figure("open segment allowance", load.openSegments.bytes, "bytes", note: "P·RF·min(segment.bytes, w_p·segment.ms)"),
      Figure("provisioned disk (S ÷ U_disk)", load.provisioned.bytes, "bytes"),
      Figure("disk per broker", load.provisioned.bytes / n, "bytes"),
      Figure("network out per broker", load.networkOut.bytesPerSecond / n, "bytes/s", note: load.networkOutFormula),
      Figure("network in per broker", load.networkIn.bytesPerSecond / n, "bytes/s"),
      Figure("disk throughput per broker", load.diskThroughput.bytesPerSecond / n, "bytes/s"),
    ]
  }

  /// Brokers, controllers, gp3 volumes (with `disk: gp3`) and the three cross-AZ flows, out and in.
  public func meterLines(on instance: InstanceType) -> [MeterLine] {
    var lines = [
      MeterLine(.compute, "Kafka brokers (\(instance.name))", price: .instance(instance.name), .instanceHours, explained: .nodes(role: "brokers")),
      MeterLine(
        .compute, "KRaft controllers (\(controllerInstance))", price: .instance(controllerInstance), .instanceHours,
        explained: config.controllerPlacement == .combined
          ? .note("none: controllers: combined, \(config.controllers) of the brokers are KRaft voters")
          : .fixed(count: config.controllers, noun: "controllers")),
    ]
    if config.disk == .gp3 {
      lines += GP3Volume.meterLines(
        label: "Broker", facts: facts.blockVolume,
        sizeBasis: "S ÷ U_disk ÷ N in whole GiB\(stepBasis), S = RF × bytes held\(tiering == nil ? "" : " locally (TL)") + open segments; volumes never shrink",
        throughputBasis: "throughput = (RF·W + local Rc) ÷ N ÷ U_net, at least the included")
    }
    let flows = flowFormulas
    lines += CrossAZFlow.meterLines(.crossAZProducer, "producers to partition leaders", formula: flows.producer, base: .write)
    lines += CrossAZFlow.meterLines(.crossAZReplication, "leaders to followers", formula: flows.replication, base: .write)
    lines += CrossAZFlow.meterLines(.crossAZConsumer, "brokers to consumers", formula: flows.consumer, base: .readers)
    lines += config.nodeVolumes.meterLines
    return lines
  }

  /// How `volume_step` rounds each volume, for the storage line's explanation.
  var stepBasis: String {
    guard let step = config.volumeStep else { return "" }
    return ", rounded up to a multiple of \(Format.number(step.gib)) GiB (volume_step)"
  }



  /// A resize copies the bytes each moved partition holds, which grow and shrink with the load.
  public var resizeReadsLoad: Bool { true }

  /// Partition reassignment (docs/model.md §1.5): adding or removing k of N brokers moves S·k/max(N, N±k)
  /// bytes at the throttle, each broker copying its share in parallel; the share (RF−1)/RF of
  /// moved replicas are followers copying from a leader in another AZ. New brokers first start.
  public func resize(_ workload: Workload, from: Int, to: Int, scaling: ScalingConfig) -> CapacityChange {
    let stored = load(workload).stored.bytes
    let larger = Double(max(from, to))
    let bytes = stored * Double(abs(to - from)) / larger
    let rf = Double(workload.topology.replicationFactor)
    return CapacityChange(
      bytesMoved: bytes, crossAZBytes: bytes * (rf - 1) / rf,
      duration: (to > from ? scaling.instanceStart.seconds : 0) + stored / (larger * scaling.throttle.bytesPerSecond))
  }

  /// Replacing lost brokers re-replicates their data, S/N each, at the throttle: recovery takes
  /// S/N ÷ throttle (docs/model.md §5, §1.5); the copies come from replicas in other AZs when
  /// rack-aware placement spreads them (RF ≤ Z: all of it).
  public func recovery(_ workload: Workload, lost: Int, of running: Int, scaling: ScalingConfig) -> CapacityChange {
    let perBroker = load(workload).stored.bytes / Double(running)
    let rf = workload.topology.replicationFactor
    let crossing = rf > 1 ? Double(crossingFollowers(workload.topology)) / Double(rf - 1) : 0
    return CapacityChange(
      bytesMoved: perBroker * Double(lost), crossAZBytes: perBroker * Double(lost) * crossing,
      duration: perBroker / scaling.throttle.bytesPerSecond)
  }

  /// Per-broker disk throughput ceiling: gp3's maximum, or the instance's EBS bandwidth when lower.
  func diskThroughputCeiling(_ instance: InstanceType) -> DataRate { Self.diskThroughputCeiling(instance, volumeMax: facts.blockVolume.maxThroughput) }

  /// The least of `volumeMax` (one volume's most) and the instance's EBS bandwidth.
  static func diskThroughputCeiling(_ instance: InstanceType, volumeMax: DataRate) -> DataRate {
    var ceiling = volumeMax
    if let ebs = instance.ebsBaseline { ceiling = min(ceiling, ebs) }
    return ceiling
  }

  /// Bytes/s crossing AZs (``BrokerLocalFormulas/flowRates(_:)``).
  func flowRates(_ workload: Workload) -> (producer: Double, replication: Double, consumer: Double) {
    formulas(workload.topology, hours: 0).flowRates(workload.sums)
  }

  func crossingFollowers(_ topology: Topology) -> Int {
    let rf = topology.replicationFactor
    return rf - (rf + topology.azs - 1) / topology.azs
  }

  /// Share of consumer bytes served from another AZ: (Z−1)/Z, or max(0, Z−RF)/Z with fetch-from-follower.
  func consumerShare(_ topology: Topology) -> Double {
    let z = topology.azs
    guard topology.readsFromFollowers else { return Double(z - 1) / Double(z) }
    return Double(max(0, z - min(topology.replicationFactor, z))) / Double(z)
  }

  /// The producer, replication and consumer flows' formulas (docs/model.md §1.3).
  var flowFormulas: (producer: String, replication: String, consumer: String) {
    ("W·(Z−1)/Z", "W·(RF − ceil(RF/Z))", "(F·W + Rc)·(Z−1)/Z, or ·max(0, Z−RF)/Z with fetch-from-follower")
  }

  /// Producer, replication and consumer bytes crossing AZs, with their formulas (docs/model.md §1.3).
  public func crossAZFlows(_ workload: Workload) -> [CrossAZFlow] {
    let rates = flowRates(workload)
    let formulas = flowFormulas
    return [
      CrossAZFlow(.crossAZProducer, "producers to partition leaders", rate: DataRate(bytesPerSecond: rates.producer), formula: formulas.producer),
      CrossAZFlow(.crossAZReplication, "leaders to followers", rate: DataRate(bytesPerSecond: rates.replication), formula: formulas.replication),
      CrossAZFlow(.crossAZConsumer, "brokers to consumers", rate: DataRate(bytesPerSecond: rates.consumer), formula: formulas.consumer),
    ]
  }


  public var parameters: [ParameterValue] {
    standingParameters + knobParameters
  }

  /// The knobs listed only when the scenario moves them from their default (listing them always
  /// would add rows to every existing run's assumptions).
  var knobParameters: [ParameterValue] {
    var knobs: [ParameterValue] = []
    if config.roundToAZs != ModelDefaults.roundToAZs.value {
      knobs.append(ParameterValue("round_to_azs", "\(config.roundToAZs)", default: ModelDefaults.roundToAZs))
    }
    knobs += NodeVolume.parameters(root: config.rootVolume, controller: config.controllerVolume)
    if let step = config.volumeStep {
      knobs.append(ParameterValue("volume_step", Format.number(step.gib), "GiB", source: "scenario (docs/model.md §1.4)"))
    }
    return knobs
  }

  var standingParameters: [ParameterValue] {
    [
      ParameterValue("instance", config.instance.label, "instance type", source: "scenario, or the cheapest type in the book that fits"),
      ParameterValue("disk", config.disk.rawValue, "kind", source: "docs/model.md §1 (block volumes or local NVMe)"),
      ParameterValue(
        "controllers", config.controllerPlacement == .combined ? "combined (\(config.controllers) voters)" : "\(config.controllers)",
        default: ModelDefaults.controllers),
      ParameterValue("controller_instance", controllerInstance, "instance type", source: facts.source(.controllerInstance)),
      ParameterValue("max_disk_per_broker", "\(maxDiskPerBroker.bytes)", "bytes", source: facts.source(.blockMaxSize)),
      ParameterValue("segment_bytes", "\(config.segmentBytes.bytes)", default: ModelDefaults.segmentBytes),
      ParameterValue("segment_ms", Format.number(config.segmentTime.seconds), default: ModelDefaults.segmentTime),
      ParameterValue("disk_io_size", "\(config.diskIOSize.bytes)", default: ModelDefaults.diskIOSize),
    ]
  }
}
