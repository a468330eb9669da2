/// Diskless agents' formulas for one step (docs/model.md §4): agents for CPU and network, object
/// storage and requests, and client bytes crossing AZs.
struct DisklessFormulas: StepFormulas {
  let config: DisklessConfig
  let scope: StepScope
  /// Share of client bytes crossing AZs: none with zone-aware clients.
  let clientShare: Double
  let batchesPerSecond: Double
  let batchBytes: Divisor
  /// One GET per read chunk.
  let readChunk: Divisor
  /// Every agent's root volume (none unless the scenario states one).
  let nodeVolumes: NodeVolumes
  let compactionLevels: Double
  /// fan-in^level for each compaction level, 1 … L: level ℓ rewrites ingest ÷ fan-in^ℓ objects.
  let levelDivisors: [Divisor]
  /// Bytes/s one vCPU serves at the CPU target.
  let vcpuRate: Double
  /// Writes (bytes/s) per agent at or under which an agent's uploads are its flush interval's
  /// (``ingestPuts(write:agents:)``): a full batch per interval, less ``margin``.
  let intervalBoundWrite: Double

  /// How far (relatively) ``intervalBoundWrite`` sits under the exact bound: far above
  /// floating-point rounding (about 10⁻¹⁶). Not a model figure: any such margin gives the same rates.
  static let margin = 1e-9

  init(_ config: DisklessConfig, topology: Topology, hours: Double, zoneAware: Bool) {
    self.config = config
    scope = StepScope(topology: topology, hours: hours)
    clientShare = CrossAZFlow.clientShare(topology, zoneLocal: zoneAware)
    batchesPerSecond = 1 / config.batchInterval.seconds
    batchBytes = Divisor(ModelDefaults.maxBatchBytes.value.bytes)
    readChunk = Divisor(config.readChunk.bytes)
    compactionLevels = Double(config.compactionLevels)
    levelDivisors = stride(from: 1, through: config.compactionLevels, by: 1).map { Divisor(Double(config.compactionFanIn).power($0)) }
    vcpuRate = config.throughputPerVCPU.bytesPerSecond * config.cpuTarget.value
    intervalBoundWrite = batchesPerSecond * batchBytes.value * (1 - Self.margin)
    nodeVolumes = config.nodeVolumes
  }

  /// Client traffic the agents serve: produce W, tail F·W, catch-up Rc.
  func clientTraffic(_ load: StepSums) -> Double { load.write + load.tailRead + load.catchUpRead }

  /// Egress: uploads W, tail and catch-up reads to clients, compaction rewrites L·W.
  func networkOut(_ load: StepSums) -> Double { load.write * (1 + compactionLevels) + load.tailRead + load.catchUpRead }

  /// Ingress: produce W, each AZ fetching every object once Z·W, catch-up Rc, compaction reads L·W.
  func networkIn(_ load: StepSums) -> Double { load.write * (1 + scope.zones + compactionLevels) + load.catchUpRead }

  /// vCPUs needed at the CPU target.
  func vcpus(_ load: StepSums) -> Double { clientTraffic(load) / vcpuRate }

  var minimumCount: Int { scope.topology.azs }

  /// vCPUs, network out and in, each with its formula.
  var lanes: [SizingLane] {
    let (perVCPU, target) = (config.throughputPerVCPU, config.cpuTarget)
    return [
      SizingLane(index: 0, constraint: .cpu) { f in
        "W + F·W + Rc = \(Format.rate(DataRate(bytesPerSecond: f.raw))) ÷ (\(Format.rate(perVCPU)) per vCPU × \(Format.percent(target))) = \(Format.number(f.demand, places: 2)) vCPU ÷ \(f.instance.vcpus)"
      },
      SizingLane(index: 1, constraint: .networkOut) { f in
        "(1 + L)·W + F·W + Rc = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ \(Format.rate(DataRate(bytesPerSecond: f.capacity)))"
      },
      SizingLane(index: 2, constraint: .networkIn) { f in
        "(1 + Z + L)·W + Rc = \(Format.rate(DataRate(bytesPerSecond: f.demand))) ÷ \(Format.rate(DataRate(bytesPerSecond: f.capacity)))"
      },
    ]
  }

  var minimum: MinimumLane { MinimumLane(constraint: .zoneSpread, detail: "an agent in every AZ") }

  /// vCPUs, egress and ingress (bytes/s).
  @inline(__always)
  func demands(_ load: StepSums) -> SIMD4<Double> { rawDemands(load) / demandScale }

  /// Client traffic (bytes/s, for the vCPUs), egress and ingress.
  @inline(__always)
  func rawDemands(_ load: StepSums) -> SIMD4<Double> { SIMD4(clientTraffic(load), networkOut(load), networkIn(load), 0) }

  /// Client traffic is divided by what a vCPU serves at the target.
  var demandScale: SIMD4<Double> { SIMD4(vcpuRate, 1, 1, 1) }

  /// The instance's vCPUs and its NIC at the target utilisation, both ways.
  func capacities(on instance: InstanceType) -> SIMD4<Double> {
    let nic = instance.networkBaseline.bytesPerSecond * scope.topology.networkUtilisation.value
    return SIMD4(Double(instance.vcpus), nic, nic, 1)
  }

  /// PUT and GET rates per docs/model.md §4.
  @inline(__always)
  func requestRates(_ load: StepSums, agents: Int) -> DisklessAgents.RequestRates {
    let w = load.write
    let ingest = ingestPuts(write: w, agents: agents)
    var compactionPuts = 0.0
    for divisor in levelDivisors { compactionPuts += ingest / divisor }
    return DisklessAgents.RequestRates(
      ingestPuts: ingest, compactionPuts: compactionPuts, tailGets: scope.zones * w / readChunk,
      otherGets: (load.catchUpRead + compactionLevels * w) / readChunk)
  }

  /// Upload PUT/s of `agents` agents writing `write` bytes/s: each flushes a batch per interval or
  /// per 8 MiB, whichever comes first, N·max(1/interval, W ÷ N ÷ 8 MiB). While each agent's share
  /// stays under ``intervalBoundWrite`` the interval binds, and the division is spared.
  @inline(__always)
  func ingestPuts(write w: Double, agents: Int) -> Double {
    let n = Double(agents)
    if agents > 0 && w <= intervalBoundWrite * n { return n * batchesPerSecond }
    return n * max(batchesPerSecond, w / n / batchBytes)
  }

  @inline(__always)
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    let rates = requestRates(load, agents: state.count)
    amounts.removeAll()
    amounts.append(state.billed * scope.hours)
    amounts.append(load.retained * scope.hours)
    amounts.append(rates.ingestPuts * scope.seconds)
    amounts.append(rates.tailGets * scope.seconds)
    amounts.append(rates.compactionPuts * scope.seconds)
    amounts.append(rates.otherGets * scope.seconds)
    CrossAZFlow.appendClientFlows(load, producerShare: clientShare, consumerShare: clientShare, hours: scope.hours, to: &amounts)
    nodeVolumes.append(nodes: state.billed, hours: scope.hours, to: &amounts)
  }
}

extension Double {
  fileprivate func power(_ n: Int) -> Double {
    (0..<n).reduce(1.0) { acc, _ in acc * self }
  }
}
