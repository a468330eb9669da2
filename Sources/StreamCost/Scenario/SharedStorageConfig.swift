/// Knobs of shared-storage Kafka (AutoMQ-style, docs/model.md §3).
public struct SharedStorageConfig: Hashable, Sendable, Codable {
  public var instance: InstanceChoice
  public var wal: WALKind
  /// EBS WAL volume per broker (ignored with an object-storage WAL).
  public var walVolume: DataSize
  /// Zone-aware clients on this column (nil follows `topology.clients`): with an object-storage WAL
  /// the zone router keeps producers and consumers in their AZ; `true` needs that WAL. With an EBS
  /// WAL, zone-aware clients (from `topology.clients`) are rack-aware consumers (docs/model.md §3.4).
  public var zoneRouter: Bool?
  /// PUT/s and GET/s per MB/s written (uncertain, docs/model.md §3).
  public var putPerMBps: Double
  public var getPerMBps: Double
  /// Requests per second each broker makes at the least.
  public var requestFloorPerBroker: Double
  /// Compaction reads back this multiple of W (uncertain).
  public var compactionRead: Double
  public var controllers: Int
  /// The controllers' instance type (nil: the price book's default).
  public var controllerInstance: String?
  /// Every broker's and controller's root (OS) volume, and each controller's metadata volume (nil: none).
  public var rootVolume: NodeVolume?
  public var controllerVolume: NodeVolume?

  public init(
    instance: InstanceChoice = .cheapest,
    wal: WALKind = .ebs,
    walVolume: DataSize = ModelDefaults.walVolume.value,
    zoneRouter: Bool? = nil,
    putPerMBps: Double = ModelDefaults.sharedPutPerMBps.value,
    getPerMBps: Double = ModelDefaults.sharedGetPerMBps.value,
    requestFloorPerBroker: Double = ModelDefaults.sharedRequestFloor.value,
    compactionRead: Double = ModelDefaults.compactionRead.value,
    controllers: Int = ModelDefaults.controllers.value,
    controllerInstance: String? = nil,
    rootVolume: NodeVolume? = nil,
    controllerVolume: NodeVolume? = nil
  ) {
    self.instance = instance
    self.wal = wal
    self.walVolume = walVolume
    self.zoneRouter = zoneRouter
    self.putPerMBps = putPerMBps
    self.getPerMBps = getPerMBps
    self.requestFloorPerBroker = requestFloorPerBroker
    self.compactionRead = compactionRead
    self.controllers = controllers
    self.controllerInstance = controllerInstance
    self.rootVolume = rootVolume
    self.controllerVolume = controllerVolume
  }
}

/// Where a shared-storage broker writes before it acknowledges.
public enum WALKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// A small gp3 volume per broker: Kafka-like latency.
  case ebs
  /// Batches written to object storage: about 250 ms more produce latency, enables the zone router.
  case objectStorage = "object-storage"
}
