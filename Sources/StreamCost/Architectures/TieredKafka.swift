/// Kafka with KIP-405 tiered storage: TL on broker disks, one copy in object storage (MODEL.md §2).
public struct TieredKafka: Deployment {
  public var name: String
  public var broker: BrokerLocalConfig
  public var tiering: TieringConfig
  var local: BrokerLocalKafka

  public init(name: String, broker: BrokerLocalConfig, tiering: TieringConfig) {
    self.name = name
    self.broker = broker
    self.tiering = tiering
    var local = BrokerLocalKafka(name: name, config: broker)
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
      Figure("remote catch-up GET/s", load.remoteCatchUp.bytesPerSecond / tiering.readChunk.bytes, "requests/s"),
    ]
    return sizing
  }

  /// PUT-class requests per uploaded segment: create + parts + complete + extra objects (physics §2.3).
  public var putsPerSegment: Int {
    let parts = Int((broker.segmentBytes.bytes / tiering.partSize.bytes).rounded(.up))
    return 1 + parts + 1 + tiering.extraObjectsPerSegment
  }

  func uploadPutsPerSecond(_ workload: Workload) -> Double {
    workload.write.bytesPerSecond / broker.segmentBytes.bytes * Double(putsPerSegment)
  }

  public func usage(_ workload: Workload, sizing: Sizing, hours: Double) -> [Usage] {
    let load = local.load(workload)
    let seconds = hours * 3_600
    var usages = local.usage(workload, sizing: sizing, hours: hours)
    usages.append(
      Usage(
        .objectStorage, "Tiered segments in object storage", price: .rate(.objectStorage),
        amount: .storage(byteHours: workload.retainedOneCopy.bytes * hours),
        basis: "one copy W·T = \(Format.size(workload.retainedOneCopy)) held \(Format.number(hours)) h"))
    usages.append(
      Usage(
        .objectRequests, "Segment uploads (PUT)", price: .rate(.objectPut),
        amount: .requests(uploadPutsPerSecond(workload) * seconds),
        basis: "W ÷ \(Format.size(broker.segmentBytes)) × \(putsPerSegment) PUTs per segment = \(Format.number(uploadPutsPerSecond(workload), places: 4)) /s × \(Format.number(seconds)) s"))
    let getsPerSecond = load.remoteCatchUp.bytesPerSecond / tiering.readChunk.bytes
    if getsPerSecond > 0 {
      usages.append(
        Usage(
          .objectRequests, "Remote catch-up reads (GET)", price: .rate(.objectGet),
          amount: .requests(getsPerSecond * seconds),
          basis: "Rc older than TL ÷ \(Format.size(tiering.readChunk)) = \(Format.number(getsPerSecond, places: 4)) /s × \(Format.number(seconds)) s"))
    }
    return usages
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
