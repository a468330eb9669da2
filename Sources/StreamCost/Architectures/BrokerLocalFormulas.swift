/// Broker-local Kafka's formulas for one step (docs/model.md §1; with tiering §2): brokers for the
/// network, disk throughput and disk capacity, the gp3 volumes, and the three cross-AZ flows.
struct BrokerLocalFormulas: StepFormulas {
  let config: BrokerLocalConfig
  let tiering: TieringConfig?
  let scope: StepScope
  /// Producers writing to a leader in another AZ: (Z−1)/Z.
  let producerShare: Double
  /// Followers outside the leader's AZ: RF − ⌈RF/Z⌉.
  let crossingFollowers: Double
  /// Share of consumer bytes served from another AZ.
  let consumerShare: Double
  /// Each broker's gp3 volume, at U_net and the configured I/O size.
  let gp3: GP3Provisioning
  /// Largest disk one broker's volume holds (gp3), and one volume's most throughput.
  let maxVolume: DataSize
  let volumeMaxThroughput: DataRate
  /// `volume_step` in GiB (0: whole GiB), and the largest volume in whole GiB.
  let stepGiB: Double
  let maxVolumeGiB: Double
  /// Root and controller volumes (none unless the scenario states them).
  let nodeVolumes: NodeVolumes

  init(_ kafka: BrokerLocalKafka, topology: Topology, hours: Double) {
    config = kafka.config
    tiering = kafka.tiering
    scope = StepScope(topology: topology, hours: hours)
    producerShare = topology.remoteZoneShare
    crossingFollowers = Double(kafka.crossingFollowers(topology))
    consumerShare = kafka.consumerShare(topology)
    gp3 = GP3Provisioning(utilisation: topology.networkUtilisation, ioSize: kafka.config.diskIOSize, facts: kafka.facts.blockVolume)
    maxVolume = kafka.maxDiskPerBroker
    volumeMaxThroughput = kafka.facts.blockVolume.maxThroughput
    stepGiB = kafka.config.volumeStep?.gib ?? 0
    maxVolumeGiB = kafka.maxDiskPerBroker.gib.rounded(.down)
    nodeVolumes = kafka.config.nodeVolumes
  }

  @inline(__always)
  func load(_ load: StepSums) -> BrokerLocalLoad {
    BrokerLocalLoad(load, topology: scope.topology, tiering: tiering)
  }

  var minimumCount: Int { config.minimumBrokers(replicationFactor: scope.topology.replicationFactor) }

  var roundsToAZs: Bool { config.roundToAZs }

  /// Network out and in, disk throughput (gp3 only) and disk capacity, each with its formula.
  var lanes: [SizingLane] {
    let u = scope.topology.networkUtilisation
    let (tiered, volumeMax) = (tiering != nil, volumeMaxThroughput)
    let out = BrokerLocalLoad.networkOutFormula(tiered: tiered)
    var lanes = [
      SizingLane(index: 0, constraint: .networkOut) { f in
        "\(out) = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ (\(Format.percent(u)) × \(Format.rate(f.instance.networkBaseline)))"
      },
      SizingLane(index: 1, constraint: .networkIn) { f in
        "RF·W\(tiered ? " + remote Rc" : "") = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ \(Format.rate(DataRate(bytesPerSecond: f.capacity)))"
      },
    ]
    if config.disk == .gp3 {
      lanes.append(
        SizingLane(index: 2, constraint: .diskThroughput) { f in
          let ceiling = BrokerLocalKafka.diskThroughputCeiling(f.instance, volumeMax: volumeMax)
          return "RF·W + local Rc = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ (\(Format.percent(u)) × \(Format.rate(ceiling)))"
        })
    }
    lanes.append(
      SizingLane(index: 3, constraint: .diskCapacity) { f in
        "S ÷ U_disk = \(Format.size(DataSize(bytes: f.demand))) ÷ \(Format.size(DataSize(bytes: f.capacity))) per broker"
      })
    return lanes
  }

  var minimum: MinimumLane {
    guard config.controllerPlacement == .combined else { return MinimumLane(constraint: .replicationFactor, detail: "at least RF brokers") }
    return MinimumLane(constraint: .replicationFactor, detail: "at least RF brokers, and \(config.controllers) combined KRaft voters")
  }

  /// Egress and ingress (bytes/s), disk throughput (bytes/s, gp3 only) and provisioned disk (bytes).
  @inline(__always)
  func demands(_ load: StepSums) -> SIMD4<Double> { rawDemands(load) / demandScale }

  /// The demands with the disk stored, S (bytes), in place of the provisioned S ÷ U_disk.
  @inline(__always)
  func rawDemands(_ load: StepSums) -> SIMD4<Double> {
    let load = self.load(load)
    return SIMD4(
      load.networkOut.bytesPerSecond, load.networkIn.bytesPerSecond, config.disk == .gp3 ? load.diskThroughput.bytesPerSecond : 0,
      load.stored.bytes)
  }

  /// Stored bytes are provisioned at U_disk.
  var demandScale: SIMD4<Double> { SIMD4(1, 1, 1, scope.topology.diskUtilisation.value) }

  /// The instance's NIC and volume throughput at the target utilisation, and the disk a broker holds.
  func capacities(on instance: InstanceType) -> SIMD4<Double> {
    let u = scope.topology.networkUtilisation.value
    let nic = instance.networkBaseline.bytesPerSecond * u
    let disk = config.disk == .gp3 ? BrokerLocalKafka.diskThroughputCeiling(instance, volumeMax: volumeMaxThroughput).bytesPerSecond * u : 1
    return SIMD4(nic, nic, disk, BrokerLocalKafka.diskCeiling(instance, disk: config.disk, maxVolume: maxVolume).bytes)
  }

  /// Bytes/s crossing AZs: producers W·(Z−1)/Z, replication W·(RF − ⌈RF/Z⌉) (rack-aware placement keeps
  /// ⌈RF/Z⌉ replicas in the leader's AZ), consumers (F·W + Rc) × the share served from another AZ.
  func flowRates(_ load: StepSums) -> (producer: Double, replication: Double, consumer: Double) {
    let w = load.write
    let readers = load.tailRead + load.catchUpRead
    return (w * producerShare, w * crossingFollowers, readers * consumerShare)
  }

  /// Each broker's gp3 volume: its provisioned size in whole GiB, carrying its share of the disk throughput.
  @inline(__always)
  func volume(_ load: BrokerLocalLoad, state: inout ClusterState) -> GP3Volume {
    gp3.volume(sizeGiB: stepped(state.volumeGiB()), sharing: load.diskThroughput.bytesPerSecond, among: state.count)
  }

  /// `gib` rounded up to a multiple of `volume_step`, but never past the largest volume (which
  /// holds `gib` itself: the disk-capacity lane sized the count for it).
  @inline(__always)
  func stepped(_ gib: Double) -> Double {
    guard stepGiB > 0 else { return gib }
    return max(gib, min((gib / stepGiB).rounded(.up) * stepGiB, maxVolumeGiB))
  }

  @inline(__always)
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    meter(load, self.load(load), state: &state, into: &amounts)
  }

  /// `meter` with the load's figures already worked out (tiered Kafka needs them too).
  @inline(__always)
  func meter(_ sums: StepSums, _ load: BrokerLocalLoad, state: inout ClusterState, into amounts: inout MeterAmounts) {
    // S ÷ U_disk ÷ N, from S: the ratchet divides only when the volumes can grow.
    if config.disk == .gp3 { state.growVolume(stored: load.stored.bytes, utilisation: scope.topology.diskUtilisation.value) }
    amounts.removeAll()
    amounts.append(state.billed * scope.hours)
    amounts.append(Double(config.dedicatedControllers) * scope.hours)
    if config.disk == .gp3 {
      gp3.append(volume(load, state: &state), count: state.billed, hours: scope.hours, to: &amounts)
    }
    let flows = flowRates(sums)
    CrossAZFlow.appendSentAndReceived(flows.producer, hours: scope.hours, to: &amounts)
    CrossAZFlow.appendSentAndReceived(flows.replication, hours: scope.hours, to: &amounts)
    CrossAZFlow.appendSentAndReceived(flows.consumer, hours: scope.hours, to: &amounts)
    nodeVolumes.append(nodes: state.billed, hours: scope.hours, to: &amounts)
  }

  /// RF × what each feed holds locally.
  func localBytes(_ load: StepSums) -> Double { Double(scope.topology.replicationFactor) * load.local.retained }
}
