/// Broker-local Kafka's formulas for one step (MODEL.md §1; with tiering §2): brokers for the
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

  init(_ kafka: BrokerLocalKafka, topology: Topology, hours: Double) {
    config = kafka.config
    tiering = kafka.tiering
    scope = StepScope(topology: topology, hours: hours)
    producerShare = topology.remoteZoneShare
    crossingFollowers = Double(kafka.crossingFollowers(topology))
    consumerShare = kafka.consumerShare(topology)
    gp3 = GP3Provisioning(utilisation: topology.networkUtilisation, ioSize: kafka.config.diskIOSize)
  }

  func load(_ load: StepSums) -> BrokerLocalLoad {
    BrokerLocalLoad(load, topology: scope.topology, tiering: tiering)
  }

  var minimumCount: Int { scope.topology.replicationFactor }

  @inline(__always)
  func brokers(_ load: StepSums, on instance: InstanceType) -> Double {
    let load = self.load(load)
    let u = scope.topology.networkUtilisation.value
    let nic = instance.networkBaseline.bytesPerSecond * u
    var needed = max(load.networkOut.bytesPerSecond / nic, load.networkIn.bytesPerSecond / nic)
    if config.disk == .gp3 {
      needed = max(needed, load.diskThroughput.bytesPerSecond / (BrokerLocalKafka.diskThroughputCeiling(instance).bytesPerSecond * u))
    }
    return max(needed, load.provisioned.bytes / BrokerLocalKafka.diskCeiling(instance, config: config).bytes)
  }

  /// Bytes/s crossing AZs: producers W·(Z−1)/Z, replication W·(RF − ⌈RF/Z⌉) (rack-aware placement keeps
  /// ⌈RF/Z⌉ replicas in the leader's AZ), consumers (F·W + Rc) × the share served from another AZ.
  func flowRates(_ load: StepSums) -> (producer: Double, replication: Double, consumer: Double) {
    let w = load.write
    let readers = load.tailRead + load.catchUpRead
    return (w * producerShare, w * crossingFollowers, readers * consumerShare)
  }

  func volume(_ load: BrokerLocalLoad, state: ClusterState) -> GP3Volume {
    gp3.volume(sizeGiB: GP3Volume.sizeGiB(DataSize(bytes: state.volumeBytes)), throughput: load.diskThroughput / Double(state.count))
  }

  @inline(__always)
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    meter(load, self.load(load), state: &state, into: &amounts)
  }

  /// `meter` with the load's figures already worked out (tiered Kafka needs them too).
  @inline(__always)
  func meter(_ sums: StepSums, _ load: BrokerLocalLoad, state: inout ClusterState, into amounts: inout MeterAmounts) {
    if config.disk == .gp3 { state.volumeBytes = max(state.volumeBytes, load.provisioned.bytes / Double(state.count)) }
    amounts.removeAll()
    amounts.append(Double(state.count) * scope.hours)
    amounts.append(Double(config.controllers) * scope.hours)
    if config.disk == .gp3 {
      gp3.append(volume(load, state: state), count: state.count, hours: scope.hours, to: &amounts)
    }
    let flows = flowRates(sums)
    CrossAZFlow.appendSentAndReceived(flows.producer, hours: scope.hours, to: &amounts)
    CrossAZFlow.appendSentAndReceived(flows.replication, hours: scope.hours, to: &amounts)
    CrossAZFlow.appendSentAndReceived(flows.consumer, hours: scope.hours, to: &amounts)
  }

  /// RF × what each feed holds locally.
  func localBytes(_ load: StepSums) -> Double { Double(scope.topology.replicationFactor) * load.local.retained }
}
