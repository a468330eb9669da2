/// Kafka-compatible shared storage: a WAL plus object storage as the one copy,
/// stateless brokers (AutoMQ-style, docs/model.md §3).
public struct SharedStorageKafka: Deployment, Hashable {
  public var name: String
  public var config: SharedStorageConfig
  /// The price book's facts: gp3's allowances (the EBS WAL), the default controller type.
  public var facts: ProviderFacts
  /// The scenario's `topology.clients`, which ``SharedStorageConfig/zoneRouter`` may override.
  public var clients: ClientPlacement

  public init(name: String, config: SharedStorageConfig, facts: ProviderFacts, clients: ClientPlacement = ModelDefaults.clients.value) {
    self.name = name
    self.config = config
    self.facts = facts
    self.clients = clients
  }

  /// Clients announce their AZ on this column: `zone_router`, else `topology.clients`.
  var zoneAware: Bool { clients.overridden(by: config.zoneRouter) == .zoneAware }

  /// The zone router runs: zone-aware clients with an object-storage WAL (docs/model.md §3.4).
  var zoneRouter: Bool { Self.routes(zoneAware: zoneAware, wal: config.wal) }

  /// Zone-aware clients route through object storage only with an object-storage WAL; on an EBS WAL
  /// they are rack-aware consumers, and producers still write to the leader's AZ.
  static func routes(zoneAware: Bool, wal: WALKind) -> Bool { zoneAware && wal == .objectStorage }

  /// Why a client line bills nothing: the zone router keeps every client byte in its AZ; rack-aware
  /// consumers (zone-aware clients on an EBS WAL) keep the consumers' bytes in theirs.
  var clientsNote: String {
    zoneRouter ? "zone router: no client byte crosses AZs" : zoneAware ? "0: rack-aware consumers read the partitions led in their AZ" : ""
  }

  /// The controllers' instance type: the scenario's, else the book's default.
  var controllerInstance: String { config.controllerInstance ?? facts.controllerInstance }

  public var kind: ArchitectureKind { .sharedStorage }
  public var instanceChoice: InstanceChoice { config.instance }
  public var instanceKey: String { "instance" }
  public func accepts(_ instance: InstanceType) -> Bool { true }

  /// The formulas for steps of `hours` on `topology` (0 hours where only needs and rates are read).
  func formulas(_ topology: Topology, hours: Double) -> SharedStorageFormulas {
    SharedStorageFormulas(config, topology: topology, hours: hours, volumes: facts.blockVolume, zoneAware: zoneAware)
  }

  func steadySums(_ workload: Workload) -> StepSums { workload.sums }

  /// Stateless brokers keep no data of their own.
  func localDiskPlan(_ scenario: Scenario, grid: TimeGrid) -> LocalDiskPlan? { nil }

  /// Broker egress (``SharedStorageFormulas/networkOut(_:)``).
  func networkOut(_ workload: Workload) -> DataRate {
    DataRate(bytesPerSecond: formulas(workload.topology, hours: 0).networkOut(workload.sums))
  }

  /// Broker ingress (``SharedStorageFormulas/networkIn(_:)``).
  func networkIn(_ workload: Workload) -> DataRate {
    DataRate(bytesPerSecond: formulas(workload.topology, hours: 0).networkIn(workload.sums))
  }

  public func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing {
    let topology = workload.topology
    let nic = instance.networkBaseline * topology.networkUtilisation.value
    for feed in workload.feeds {
      let egress = feed.writePerPartition * (1 + Double(feed.fanOut) + config.compactionRead)
        + feed.catchUpRate / Double(feed.partitions)
      if egress > nic {
        throw SizingFailure(
          key: "instance",
          "feed '\(feed.name)': one partition leader sends \(Format.rate(egress)) ((1+F+c)·W/P + Rc/P) but \(instance.name) carries \(Format.rate(nic)) at the target utilisation; add partitions or choose a larger instance")
      }
    }
    let out = networkOut(workload)
    let inbound = networkIn(workload)
    let (requirements, minimum, count) = laneSizing(workload, on: instance)
    let n = Double(count.count)
    return Sizing(
      role: "brokers", instance: instance, count: count.count, countBeforeHeadroom: count.beforeHeadroom,
      binding: count.binding, requirements: requirements + [minimum],
      figures: [
        Figure("object storage (one copy, W·T)", workload.retainedOneCopy.bytes, "bytes"),
        Figure("network out per broker", out.bytesPerSecond / n, "bytes/s"),
        Figure("network in per broker", inbound.bytesPerSecond / n, "bytes/s"),
        Figure("PUT/s", requestRates(workload, brokers: count.count).puts, "requests/s"),
        Figure("GET/s", requestRates(workload, brokers: count.count).gets, "requests/s"),
      ])
  }

  /// PUT/s and GET/s (``SharedStorageFormulas/requestRates(_:brokers:)``).
  func requestRates(_ workload: Workload, brokers: Int) -> (puts: Double, gets: Double) {
    formulas(workload.topology, hours: 0).requestRates(workload.sums, brokers: brokers)
  }

  /// The PUT/s and GET/s formulas with the settings the formulas read (``SharedStorageFormulas/requestRates(_:brokers:)``).
  var requestFormulas: (puts: String, gets: String) {
    let batch = Format.size(ModelDefaults.maxBatchBytes.value)
    let floor = "\(Format.number(config.requestFloorPerBroker)) per broker × N"
    var puts = "max(\(Format.number(config.putPerMBps)) per MB/s × W, \(floor))"
    var gets = "max(\(Format.number(config.getPerMBps)) per MB/s × W, \(floor))"
    if config.wal == .objectStorage {
      puts += " + WAL N·max(1 ÷ \(Format.duration(ModelDefaults.objectWALBatchInterval.value)), W ÷ N ÷ \(batch))"
    }
    if zoneRouter {
      let router = "N·max(1 ÷ \(Format.duration(ModelDefaults.zoneRouterBatchInterval.value)), W·(Z−1)/Z ÷ N ÷ \(batch))"
      puts += " + router \(router)"
      gets += " + router \(router) × (Z−1)"
    }
    gets += " + catch-up Rc ÷ \(Format.size(ModelDefaults.readChunk.value))"
    return (puts, gets)
  }

  /// Catch-up GET/s (``SharedStorageFormulas/catchUpGetsPerSecond(_:)``).
  func catchUpGetsPerSecond(_ workload: Workload) -> Double {
    formulas(workload.topology, hours: 0).catchUpGetsPerSecond(workload.sums)
  }

  public func meterLines(on instance: InstanceType) -> [MeterLine] {
    var lines = [
      MeterLine(.compute, "Shared-storage brokers (\(instance.name))", price: .instance(instance.name), .instanceHours, explained: .nodes(role: "brokers")),
      MeterLine(
        .compute, "KRaft controllers (\(controllerInstance))", price: .instance(controllerInstance), .instanceHours,
        explained: .fixed(count: config.controllers, noun: "controllers")),
    ]
    if config.wal == .ebs {
      lines += GP3Volume.meterLines(
        label: "WAL", facts: facts.blockVolume, sizeBasis: "wal_volume per broker, whole GiB",
        throughputBasis: "throughput = W ÷ N ÷ U_net, at least the included")
    }
    let requests = requestFormulas
    lines += [
      MeterLine(.objectStorage, "Data in object storage", price: .rate(.objectStorage), .storage, explained: .held(formula: "one copy W·T")),
      MeterLine(
        .objectRequests, "Object PUTs (uploads, compaction\(config.wal == .objectStorage ? ", WAL" : "")\(zoneRouter ? ", router" : ""))",
        price: .rate(.objectPut), .requests, explained: .requests(unit: "PUT/s", formula: requests.puts)),
      MeterLine(
        .objectRequests, "Object GETs (reads, compaction\(zoneRouter ? ", router" : ""))", price: .rate(.objectGet), .requests,
        explained: .requests(unit: "GET/s", formula: requests.gets)),
    ]
    lines += CrossAZFlow.clientLines(
      to: "partition leaders", from: "brokers", none: clientsNote)
    lines += config.nodeVolumes.meterLines
    return lines
  }

  /// Each broker's WAL volume (``SharedStorageFormulas/walVolume(_:count:)``).
  func walVolume(_ workload: Workload, count: Int) -> GP3Volume {
    formulas(workload.topology, hours: 0).walVolume(workload.sums, count: count)
  }


  /// A resize reads only the counts and the feeds' partitions: partitions hand over; nothing is copied.
  public var resizeReadsLoad: Bool { false }

  /// No data moves: new brokers start, then partitions hand over at `partition_move` each
  /// (P·k/max(N, N±k) partitions change broker; docs/model.md §3.5).
  public func resize(_ workload: Workload, from: Int, to: Int, scaling: ScalingConfig) -> CapacityChange {
    let partitions = Double(workload.feeds.reduce(0) { $0 + $1.partitions })
    let moved = (partitions * Double(abs(to - from)) / Double(max(from, to))).rounded(.up)
    return CapacityChange(duration: (to > from ? scaling.instanceStart.seconds : 0) + moved * scaling.partitionMove.seconds)
  }

  /// A lost broker is replaced by starting an instance; its partitions hand over meanwhile.
  public func recovery(_ workload: Workload, lost: Int, of running: Int, scaling: ScalingConfig) -> CapacityChange {
    CapacityChange(duration: scaling.instanceStart.seconds)
  }


  /// No replication crosses AZs; with the zone router, no client byte does either; rack-aware
  /// consumers (zone-aware clients on an EBS WAL) keep the consumers' bytes in their AZ.
  public func crossAZFlows(_ workload: Workload) -> [CrossAZFlow] {
    CrossAZFlow.clientFlows(
      workload, to: "partition leaders", from: "brokers", zoneLocal: zoneRouter, consumersLocal: zoneAware,
      consumersLocalReason: "0: rack-aware consumers read the partitions led in their AZ")
  }



  public var parameters: [ParameterValue] {
    [
      ParameterValue("instance", config.instance.label, "instance type", source: "scenario, or the cheapest type in the book that fits"),
      ParameterValue("wal", config.wal.rawValue, "kind", source: "docs/model.md §3 (EBS WAL default, or object-storage WAL)"),
      ParameterValue("wal_volume", "\(config.walVolume.bytes)", default: ModelDefaults.walVolume),
      ParameterValue("zone_router", "\(zoneRouter)", "bool", source: "docs/model.md §3.4 (zone-aware clients with an object-storage WAL; follows topology.clients unless set)"),
      ParameterValue("put_per_mbps", Format.number(config.putPerMBps), default: ModelDefaults.sharedPutPerMBps),
      ParameterValue("get_per_mbps", Format.number(config.getPerMBps), default: ModelDefaults.sharedGetPerMBps),
      ParameterValue("request_floor", Format.number(config.requestFloorPerBroker), default: ModelDefaults.sharedRequestFloor),
      ParameterValue("compaction_read", Format.number(config.compactionRead), default: ModelDefaults.compactionRead),
      ParameterValue("controllers", "\(config.controllers)", default: ModelDefaults.controllers),
      ParameterValue("controller_instance", controllerInstance, "instance type", source: facts.source(.controllerInstance)),
    ] + NodeVolume.parameters(root: config.rootVolume, controller: config.controllerVolume)
  }
}
