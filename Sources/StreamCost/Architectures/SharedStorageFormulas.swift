/// Shared-storage Kafka's formulas for one step (docs/model.md §3): brokers for the network load,
/// the WAL volumes, object storage and requests, and client bytes crossing AZs.
struct SharedStorageFormulas: StepFormulas {
  let config: SharedStorageConfig
  let scope: StepScope
  /// Share of produce bytes a proxy broker routes through object storage: (Z−1)/Z with the zone router.
  let routedShare: Double
  /// Zone-aware clients with an object-storage WAL: producers hand batches to a broker in their AZ.
  let zoneRouter: Bool
  /// Shares of producer and consumer bytes crossing AZs: none with the zone router; rack-aware
  /// consumers (zone-aware clients on an EBS WAL) keep only the consumers in their AZ.
  let producerShare: Double
  let consumerShare: Double
  /// Each broker's WAL volume, whole GiB.
  let walSizeGiB: Double
  /// The WAL volumes, at U_net and the default I/O size.
  let wal: GP3Provisioning
  let batchBytes: Divisor
  let walObjectsPerSecond: Double
  let routerObjectsPerSecond: Double
  let readChunk: Divisor
  /// Root and controller volumes (none unless the scenario states them).
  let nodeVolumes: NodeVolumes

  init(_ config: SharedStorageConfig, topology: Topology, hours: Double, volumes: BlockVolumeFacts, zoneAware: Bool) {
    self.config = config
    scope = StepScope(topology: topology, hours: hours)
    zoneRouter = SharedStorageKafka.routes(zoneAware: zoneAware, wal: config.wal)
    routedShare = zoneRouter ? topology.remoteZoneShare : 0
    producerShare = CrossAZFlow.clientShare(topology, zoneLocal: zoneRouter)
    consumerShare = CrossAZFlow.clientShare(topology, zoneLocal: zoneAware)
    walSizeGiB = GP3Volume.sizeGiB(config.walVolume)
    wal = GP3Provisioning(utilisation: topology.networkUtilisation, ioSize: ModelDefaults.diskIOSize.value, facts: volumes)
    batchBytes = Divisor(ModelDefaults.maxBatchBytes.value.bytes)
    walObjectsPerSecond = 1 / ModelDefaults.objectWALBatchInterval.value.seconds
    routerObjectsPerSecond = 1 / ModelDefaults.zoneRouterBatchInterval.value.seconds
    readChunk = Divisor(ModelDefaults.readChunk.value.bytes)
    nodeVolumes = config.nodeVolumes
  }

  /// Broker egress: upload W, tail F·W, compaction c·W, catch-up Rc; W again with an
  /// object-storage WAL (WAL objects, then main objects, docs/model.md §3.1); routed produce bytes.
  func networkOut(_ load: StepSums) -> Double {
    let w = load.write
    return w * (1 + config.compactionRead) + load.tailRead + load.catchUpRead + (config.wal == .objectStorage ? w : 0)
      + w * routedShare
  }

  /// Broker ingress: W from producers, compaction read-back c·W, catch-up Rc from object storage, routed bytes.
  func networkIn(_ load: StepSums) -> Double {
    let w = load.write
    return w * (1 + config.compactionRead) + load.catchUpRead + w * routedShare
  }

  var minimumCount: Int { scope.topology.azs }

  /// Network out and in, each with its formula: the terms of ``networkOut(_:)`` and
  /// ``networkIn(_:)``, written from the same settings (an object-storage WAL, the zone router).
  var lanes: [SizingLane] {
    let router = zoneRouter ? " + W·(Z−1)/Z (router)" : ""
    let out = "(1 + c)·W + F·W + Rc" + (config.wal == .objectStorage ? " + W (WAL)" : "") + router
    let inbound = "(1 + c)·W + Rc" + router
    return [
      SizingLane(index: 0, constraint: .networkOut) { f in
        "\(out) = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ \(Format.rate(DataRate(bytesPerSecond: f.capacity)))"
      },
      SizingLane(index: 1, constraint: .networkIn) { f in
        "\(inbound) = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ \(Format.rate(DataRate(bytesPerSecond: f.capacity)))"
      },
    ]
  }

  var minimum: MinimumLane { MinimumLane(constraint: .zoneSpread, detail: "a broker in every AZ") }

  /// Egress and ingress, bytes/s.
  @inline(__always)
  func demands(_ load: StepSums) -> SIMD4<Double> { SIMD4(networkOut(load), networkIn(load), 0, 0) }

  /// The instance's NIC at the target utilisation, both ways.
  func capacities(on instance: InstanceType) -> SIMD4<Double> {
    let nic = instance.networkBaseline.bytesPerSecond * scope.topology.networkUtilisation.value
    return SIMD4(nic, nic, 1, 1)
  }

  /// PUT/s and GET/s: the measured per-MB/s rates with a per-broker floor, plus WAL and router objects.
  @inline(__always)
  func requestRates(_ load: StepSums, brokers: Int) -> (puts: Double, gets: Double) {
    let n = Double(brokers)
    let mbps = load.write / 1e6
    var puts = max(config.putPerMBps * mbps, config.requestFloorPerBroker * n)
    var gets = max(config.getPerMBps * mbps, config.requestFloorPerBroker * n)
    if config.wal == .objectStorage {
      puts += n * max(walObjectsPerSecond, load.write / n / batchBytes)
    }
    if zoneRouter {
      let routed = load.write / n * routedShare
      let routerPuts = n * max(routerObjectsPerSecond, routed / batchBytes)
      puts += routerPuts
      gets += routerPuts * (scope.zones - 1)
    }
    return (puts, gets)
  }

  /// Catch-up reads fetched from object storage, one GET per read chunk.
  @inline(__always)
  func catchUpGetsPerSecond(_ load: StepSums) -> Double { load.catchUpRead / readChunk }

  @inline(__always)
  func walVolume(_ load: StepSums, count: Int) -> GP3Volume {
    wal.volume(sizeGiB: walSizeGiB, sharing: load.write, among: count)
  }

  @inline(__always)
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    amounts.removeAll()
    amounts.append(state.billed * scope.hours)
    amounts.append(Double(config.controllers) * scope.hours)
    if config.wal == .ebs { wal.append(walVolume(load, count: state.count), count: state.billed, hours: scope.hours, to: &amounts) }
    let rates = requestRates(load, brokers: state.count)
    amounts.append(load.retained * scope.hours)
    amounts.append(rates.puts * scope.seconds)
    amounts.append((rates.gets + catchUpGetsPerSecond(load)) * scope.seconds)
    CrossAZFlow.appendClientFlows(load, producerShare: producerShare, consumerShare: consumerShare, hours: scope.hours, to: &amounts)
    nodeVolumes.append(nodes: state.billed, hours: scope.hours, to: &amounts)
  }
}
