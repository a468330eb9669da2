/// Kafka with KIP-405 tiered storage: TL on broker disks, one copy in object storage (docs/model.md §2).
public struct TieredKafka: Deployment, Hashable {
  public var name: String
  public var broker: BrokerLocalConfig
  public var tiering: TieringConfig
  var local: BrokerLocalKafka

  public init(name: String, broker: BrokerLocalConfig, tiering: TieringConfig, facts: ProviderFacts) {
    self.name = name
    self.broker = broker
    self.tiering = tiering
    var local = BrokerLocalKafka(name: name, config: broker, facts: facts)
    local.tiering = tiering
    self.local = local
  }

  public var kind: ArchitectureKind { .kafkaTiered }
  public var instanceChoice: InstanceChoice { broker.instance }
  public var instanceKey: String { "instance" }

  public func accepts(_ instance: InstanceType) -> Bool { local.accepts(instance) }

  public func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing {
    var sizing = try local.size(workload, on: instance)
    let load = local.load(workload)
    sizing.figures += [
      Figure("object storage (one copy, W·T)", workload.retainedOneCopy.bytes, "bytes"),
      Figure("segment upload PUT/s", uploadPutsPerSecond(workload), "requests/s", note: "W ÷ segment.bytes × PUTs per segment"),
      Figure("remote catch-up GET/s", formulas(workload.topology, hours: 0).remoteGetsPerSecond(load), "requests/s"),
    ]
    return sizing
  }

  /// PUT-class requests per uploaded segment: create + parts + complete + extra objects (docs/model.md §2).
  public var putsPerSegment: Int {
    let parts = Int((broker.segmentBytes.bytes / tiering.partSize.bytes).rounded(.up))
    return 1 + parts + 1 + tiering.extraObjectsPerSegment
  }

  /// The formulas for steps of `hours` on `topology` (0 hours where only needs and rates are read).
  func formulas(_ topology: Topology, hours: Double) -> TieredFormulas {
    TieredFormulas(self, topology: topology, hours: hours)
  }

  func steadySums(_ workload: Workload) -> StepSums { local.steadySums(workload) }

  /// Only TL is on the brokers' disks.
  func localDiskPlan(_ scenario: Scenario, grid: TimeGrid) -> LocalDiskPlan? { local.localDiskPlan(scenario, grid: grid) }

  /// Segment-upload PUT/s (``TieredFormulas/uploadPutsPerSecond(_:)``).
  func uploadPutsPerSecond(_ workload: Workload) -> Double {
    formulas(workload.topology, hours: 0).uploadPutsPerSecond(workload.sums)
  }

  public func meterLines(on instance: InstanceType) -> [MeterLine] {
    local.meterLines(on: instance) + [
      MeterLine(.objectStorage, "Tiered segments in object storage", price: .rate(.objectStorage), .storage, explained: .held(formula: "one copy W·T")),
      MeterLine(
        .objectRequests, "Segment uploads (PUT)", price: .rate(.objectPut), .requests,
        explained: .requests(unit: "PUT/s", formula: "W ÷ \(Format.size(broker.segmentBytes)) × \(putsPerSegment) PUTs per segment")),
      MeterLine(
        .objectRequests, "Remote catch-up reads (GET)", price: .rate(.objectGet), .requests,
        explained: .requests(unit: "GET/s", formula: "catch-up Rc older than TL ÷ \(Format.size(tiering.readChunk))")),
    ]
  }



  /// A resize copies the bytes each moved partition holds locally, which grow and shrink with the load.
  public var resizeReadsLoad: Bool { true }

  /// As broker-local Kafka, with only the local retention TL on disk to move (docs/model.md §2).
  public func resize(_ workload: Workload, from: Int, to: Int, scaling: ScalingConfig) -> CapacityChange {
    local.resize(workload, from: from, to: to, scaling: scaling)
  }

  public func recovery(_ workload: Workload, lost: Int, of running: Int, scaling: ScalingConfig) -> CapacityChange {
    local.recovery(workload, lost: lost, of: running, scaling: scaling)
  }

  public var parameters: [ParameterValue] {
    local.parameters + [
      ParameterValue(
        "local_retention", tiering.localRetention.map { Format.number($0.seconds) } ?? "min(\(Format.number(ModelDefaults.localRetention.value.seconds)), retention)",
        default: ModelDefaults.localRetention),
      ParameterValue("multipart_part_size", "\(tiering.partSize.bytes)", default: ModelDefaults.tieredPartSize),
      ParameterValue("extra_objects_per_segment", "\(tiering.extraObjectsPerSegment)", default: ModelDefaults.tieredExtraObjects),
      ParameterValue("remote_read_chunk", "\(tiering.readChunk.bytes)", default: ModelDefaults.remoteReadChunk),
    ]
  }
}
