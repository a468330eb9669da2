/// Diskless agents that write batches straight to object storage
/// (WarpStream-style, KIP-1150 diskless topics; docs/model.md §4).
public struct DisklessAgents: Deployment, Hashable {
  public var name: String
  public var config: DisklessConfig
  /// The scenario's `topology.clients`, which ``DisklessConfig/zoneAwareClients`` may override.
  public var clients: ClientPlacement

  public init(name: String, config: DisklessConfig, clients: ClientPlacement = ModelDefaults.clients.value) {
    self.name = name
    self.config = config
    self.clients = clients
  }

  /// Clients announce their AZ and talk to an agent there: `zone_aware_clients`, else `topology.clients`.
  var zoneAware: Bool { clients.overridden(by: config.zoneAwareClients) == .zoneAware }

  public var kind: ArchitectureKind { .diskless }
  public var instanceChoice: InstanceChoice { config.instance }
  public var instanceKey: String { "instance" }
  public func accepts(_ instance: InstanceType) -> Bool { true }

  /// The formulas for steps of `hours` on `topology` (0 hours where only needs and rates are read).
  func formulas(_ topology: Topology, hours: Double) -> DisklessFormulas {
    DisklessFormulas(config, topology: topology, hours: hours, zoneAware: zoneAware)
  }

  func steadySums(_ workload: Workload) -> StepSums { workload.sums }

  /// Agents keep no data of their own.
  func localDiskPlan(_ scenario: Scenario, grid: TimeGrid) -> LocalDiskPlan? { nil }

  /// W + F·W + Rc (``DisklessFormulas/clientTraffic(_:)``).
  func clientTraffic(_ workload: Workload) -> DataRate {
    DataRate(bytesPerSecond: formulas(workload.topology, hours: 0).clientTraffic(workload.sums))
  }

  /// Agent egress (``DisklessFormulas/networkOut(_:)``).
  func networkOut(_ workload: Workload) -> DataRate {
    DataRate(bytesPerSecond: formulas(workload.topology, hours: 0).networkOut(workload.sums))
  }

  /// Agent ingress (``DisklessFormulas/networkIn(_:)``).
  func networkIn(_ workload: Workload) -> DataRate {
    DataRate(bytesPerSecond: formulas(workload.topology, hours: 0).networkIn(workload.sums))
  }

  public func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing {
    let (requirements, minimum, count) = laneSizing(workload, on: instance)
    let vcpus = clientTraffic(workload) / (config.throughputPerVCPU * config.cpuTarget.value)
    let rates = requestRates(workload, agents: count.count)
    return Sizing(
      role: "agents", instance: instance, count: count.count, countBeforeHeadroom: count.beforeHeadroom,
      binding: count.binding, requirements: requirements + [minimum],
      figures: [
        Figure("vCPUs needed at the CPU target", vcpus, "vCPU"),
        Figure("object storage (one copy, W·T)", workload.retainedOneCopy.bytes, "bytes"),
        Figure("ingest PUT/s", rates.ingestPuts, "requests/s", note: requestFormulas.ingest),
        Figure("compaction PUT/s", rates.compactionPuts, "requests/s"),
        Figure("tail GET/s", rates.tailGets, "requests/s", note: "Z·W ÷ \(Format.size(config.readChunk))"),
        Figure("catch-up and compaction GET/s", rates.otherGets, "requests/s"),
      ])
  }

  struct RequestRates {
    var ingestPuts: Double
    var compactionPuts: Double
    var tailGets: Double
    var otherGets: Double
  }

  /// PUT and GET rates (``DisklessFormulas/requestRates(_:agents:)``).
  func requestRates(_ workload: Workload, agents: Int) -> RequestRates {
    formulas(workload.topology, hours: 0).requestRates(workload.sums, agents: agents)
  }

  public func meterLines(on instance: InstanceType) -> [MeterLine] {
    let requests = requestFormulas
    return [
      MeterLine(.compute, "Diskless agents (\(instance.name))", price: .instance(instance.name), .instanceHours, explained: .nodes(role: "agents")),
      MeterLine(.objectStorage, "Data in object storage", price: .rate(.objectStorage), .storage, explained: .held(formula: "one copy W·T")),
      MeterLine(.objectRequests, "Ingest PUTs", price: .rate(.objectPut), .requests, explained: .requests(unit: "PUT/s", formula: requests.ingest)),
      MeterLine(.objectRequests, "Tail-read GETs", price: .rate(.objectGet), .requests, explained: .requests(unit: "GET/s", formula: requests.tail)),
      MeterLine(
        .objectRequests, "Compaction PUTs", price: .rate(.objectPut), .requests, explained: .requests(unit: "PUT/s", formula: requests.compaction)),
      MeterLine(
        .objectRequests, "Catch-up and compaction GETs", price: .rate(.objectGet), .requests,
        explained: .requests(unit: "GET/s", formula: requests.other)),
    ] + CrossAZFlow.clientLines(to: "agents", from: "agents", none: zoneAware ? "zone-aware clients: no client byte crosses AZs" : "")
      + config.nodeVolumes.meterLines
  }

  /// Each request rate's formula with the settings ``DisklessFormulas/requestRates(_:agents:)`` reads.
  var requestFormulas: (ingest: String, tail: String, compaction: String, other: String) {
    let chunk = Format.size(config.readChunk)
    return (
      "N·max(1 ÷ \(Format.duration(config.batchInterval)), W ÷ N ÷ \(Format.size(ModelDefaults.maxBatchBytes.value)))",
      "Z·W ÷ \(chunk) (each AZ reads each object once)",
      "Σ levels 1…\(config.compactionLevels) of ingest PUT/s ÷ \(config.compactionFanIn)^level",
      "(Rc + \(config.compactionLevels)·W) ÷ \(chunk)"
    )
  }


  /// A resize reads only the counts and the instance start time: agents hold no data.
  public var resizeReadsLoad: Bool { false }

  /// Stateless, leaderless agents: a scale-out waits for instances to start, a scale-in is immediate.
  public func resize(_ workload: Workload, from: Int, to: Int, scaling: ScalingConfig) -> CapacityChange {
    CapacityChange(duration: to > from ? scaling.instanceStart.seconds : 0)
  }

  public func recovery(_ workload: Workload, lost: Int, of running: Int, scaling: ScalingConfig) -> CapacityChange {
    CapacityChange(duration: scaling.instanceStart.seconds)
  }


  /// Zone-aware clients keep every client byte in its AZ; otherwise producer and consumer terms remain.
  public func crossAZFlows(_ workload: Workload) -> [CrossAZFlow] {
    CrossAZFlow.clientFlows(workload, to: "agents", from: "agents", zoneLocal: zoneAware)
  }



  public var parameters: [ParameterValue] {
    [
      ParameterValue("instance", config.instance.label, "instance type", source: "scenario, or the cheapest type in the book that fits"),
      ParameterValue("batch_interval", Format.number(config.batchInterval.seconds), default: ModelDefaults.batchInterval),
      ParameterValue("zone_aware_clients", "\(zoneAware)", "bool", source: "docs/model.md §4.3 (WarpStream zone-aware clients; follows topology.clients unless set)"),
      ParameterValue("throughput_per_vcpu", Format.number(config.throughputPerVCPU.bytesPerSecond), default: ModelDefaults.throughputPerVCPU),
      ParameterValue("cpu_target", Format.number(config.cpuTarget.value), default: ModelDefaults.cpuTarget),
      ParameterValue("compaction_levels", "\(config.compactionLevels)", default: ModelDefaults.compactionLevels),
      ParameterValue("compaction_fan_in", "\(config.compactionFanIn)", default: ModelDefaults.compactionFanIn),
      ParameterValue("read_chunk", "\(config.readChunk.bytes)", default: ModelDefaults.readChunk),
      ParameterValue("controllers", "0", "nodes", source: "docs/model.md §4: the sequencing control plane is the vendor's; vendor meters are not modelled"),
    ] + NodeVolume.parameters(root: config.rootVolume, controller: nil)
  }
}
