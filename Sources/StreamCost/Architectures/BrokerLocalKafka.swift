/// Apache Kafka on broker-local storage: RF copies on gp3 volumes or local NVMe (MODEL.md §1).
public struct BrokerLocalKafka: Deployment {
  public var name: String
  public var config: BrokerLocalConfig
  /// Set by ``TieredKafka``: keep only TL locally.
  var tiering: TieringConfig?

  public init(name: String, config: BrokerLocalConfig) {
    self.name = name
    self.config = config
  }

  public var kind: ArchitectureKind { tiering == nil ? .kafka : .kafkaTiered }
  public var instanceChoice: InstanceChoice { config.instance }
  public var instanceKey: String { "instance" }

  public func accepts(_ instance: InstanceType) -> Bool {
    config.disk == .gp3 || (instance.localNVMe?.bytes ?? 0) > 0
  }

  func load(_ workload: Workload) -> BrokerLocalLoad {
    BrokerLocalLoad(workload: workload, config: config, tiering: tiering)
  }

  /// Largest disk one broker may hold.
  func diskCeiling(_ instance: InstanceType) -> DataSize {
    switch config.disk {
    case .gp3: config.maxDiskPerBroker
    case .localNVMe: instance.localNVMe ?? DataSize(bytes: 0)
    }
  }

  public func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing {
    guard accepts(instance) else {
      throw SizingFailure(key: "disk", "disk: local-nvme needs an instance with local NVMe; \(instance.name) has none")
    }
    let load = load(workload)
    let topology = workload.topology
    let u = topology.networkUtilisation.value
    let nic = instance.networkBaseline * u
    try checkHottestPartition(workload, load: load, instance: instance, nic: nic)
    var requirements = [
      Requirement(
        .networkOut, brokers: load.networkOut / nic,
        detail: "\(load.networkOutFormula) = \(Format.rate(load.networkOut)) ÷ (\(Format.percent(topology.networkUtilisation)) × \(Format.rate(instance.networkBaseline)))"),
      Requirement(
        .networkIn, brokers: load.networkIn / nic,
        detail: "RF·W\(tiering == nil ? "" : " + remote Rc") = \(Format.rate(load.networkIn)) ÷ \(Format.rate(nic))"),
    ]
    if config.disk == .gp3 {
      var ceiling = ModelDefaults.gp3MaxThroughput.value
      if let ebs = instance.ebsBaseline { ceiling = min(ceiling, ebs) }
      requirements.append(
        Requirement(
          .diskThroughput, brokers: load.diskThroughput / (ceiling * u),
          detail: "RF·W + local Rc = \(Format.rate(load.diskThroughput)) ÷ (\(Format.percent(topology.networkUtilisation)) × \(Format.rate(ceiling)))"))
    }
    let ceiling = diskCeiling(instance)
    requirements.append(
      Requirement(
        .diskCapacity, brokers: load.provisioned.bytes / ceiling.bytes,
        detail: "S ÷ U_disk = \(Format.size(load.provisioned)) ÷ \(Format.size(ceiling)) per broker"))
    let minimum = Requirement(
      .replicationFactor, brokers: Double(topology.replicationFactor), detail: "at least RF brokers")
    let count = BrokerCount.resolve(requirements, minimum: minimum, topology: topology)
    return Sizing(
      role: "brokers", instance: instance, count: count.count, countBeforeHeadroom: count.beforeHeadroom,
      binding: count.binding, requirements: requirements + [minimum],
      figures: figures(load, brokers: count.count))
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
      Figure("stored bytes on broker disks (S)", load.stored.bytes, "bytes", note: "W·\(tiering == nil ? "T" : "TL")·RF + open segments"),
      Figure("open segment allowance", load.openSegments.bytes, "bytes", note: "P·RF·min(segment.bytes, w_p·segment.ms)"),
      Figure("provisioned disk (S ÷ U_disk)", load.provisioned.bytes, "bytes"),
      Figure("disk per broker", load.provisioned.bytes / n, "bytes"),
      Figure("network out per broker", load.networkOut.bytesPerSecond / n, "bytes/s", note: load.networkOutFormula),
      Figure("network in per broker", load.networkIn.bytesPerSecond / n, "bytes/s"),
      Figure("disk throughput per broker", load.diskThroughput.bytesPerSecond / n, "bytes/s"),
    ]
  }

  public func usage(_ workload: Workload, sizing: Sizing, hours: Double) -> [Usage] {
    let load = load(workload)
    let n = sizing.count
    var usages = [sizing.computeUsage("Kafka brokers", hours: hours, survive: workload.topology.survive)]
    usages += Sizing.controllerUsage(count: config.controllers, instance: config.controllerInstance, hours: hours)
    if config.disk == .gp3 {
      let volume = GP3Volume(
        capacity: load.provisioned / Double(n), throughput: load.diskThroughput / Double(n),
        utilisation: workload.topology.networkUtilisation, ioSize: config.diskIOSize)
      usages += volume.usages(
        count: n, hours: hours, label: "Broker",
        sizeBasis: "S ÷ U_disk ÷ N = \(Format.size(load.provisioned)) ÷ \(n)")
    }
    usages += crossAZFlows(workload).flatMap { $0.usages(hours: hours) }
    return usages
  }

  /// Producer, replication and consumer bytes crossing AZs (MODEL.md §1, physics §1.3–1.4).
  public func crossAZFlows(_ workload: Workload) -> [CrossAZFlow] {
    let topology = workload.topology
    let z = topology.azs
    let rf = topology.replicationFactor
    let w = workload.write
    // Rack-aware placement puts ceil(RF/Z) replicas in the leader's AZ; the other followers cross.
    let crossingFollowers = rf - (rf + z - 1) / z
    let consumerShare: Double
    let consumerFormula: String
    if topology.fetchFromFollower {
      consumerShare = Double(max(0, z - min(rf, z))) / Double(z)
      consumerFormula = "(F·W + Rc)·max(0, Z−RF)/Z with fetch-from-follower"
    } else {
      consumerShare = workload.remoteZoneShare
      consumerFormula = "(F·W + Rc)·(Z−1)/Z"
    }
    return [
      .producers(workload, to: "partition leaders"),
      CrossAZFlow(
        .crossAZReplication, "leaders to followers", rate: w * Double(crossingFollowers),
        formula: "W·(RF − ceil(RF/Z)) = W × \(crossingFollowers)"),
      .consumers(workload, from: "brokers", share: consumerShare, formula: consumerFormula),
    ]
  }

  public var parameters: [ParameterValue] {
    [
      ParameterValue("instance", config.instance.label, "instance type", source: "scenario, or the cheapest type in the book that fits"),
      ParameterValue("disk", config.disk.rawValue, "kind", source: "MODEL.md §1 (block volumes or local NVMe)"),
      ParameterValue("controllers", "\(config.controllers)", default: ModelDefaults.controllers),
      ParameterValue("controller_instance", config.controllerInstance, default: ModelDefaults.controllerInstance),
      ParameterValue("max_disk_per_broker", "\(config.maxDiskPerBroker.bytes)", default: ModelDefaults.maxVolumeSize),
      ParameterValue("segment_bytes", "\(config.segmentBytes.bytes)", default: ModelDefaults.segmentBytes),
      ParameterValue("segment_ms", Format.number(config.segmentTime.seconds), default: ModelDefaults.segmentTime),
      ParameterValue("disk_io_size", "\(config.diskIOSize.bytes)", default: ModelDefaults.diskIOSize),
    ]
  }
}
