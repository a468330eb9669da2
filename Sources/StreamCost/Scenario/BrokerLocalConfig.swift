/// Knobs of broker-local Kafka (`kafka`, and the broker side of `kafka-tiered`).
public struct BrokerLocalConfig: Hashable, Sendable, Codable {
  public var instance: InstanceChoice
  public var disk: DiskKind
  /// KRaft controller nodes (with combined placement, the voters among the brokers) and their
  /// instance type (nil: the price book's default).
  public var controllers: Int
  public var controllerInstance: String?
  /// Dedicated controller nodes, or combined broker-controller nodes.
  public var controllerPlacement: ControllerPlacement
  /// Every node's root (OS) volume, brokers and dedicated controllers alike (nil: none billed).
  public var rootVolume: NodeVolume?
  /// Each dedicated controller's metadata-log volume (nil: none billed).
  public var controllerVolume: NodeVolume?
  /// Provisioned data volumes are rounded up to a multiple of this (nil: whole GiB).
  public var volumeStep: DataSize?
  /// Largest disk one broker may carry (nil: one volume of the price book's largest size).
  public var maxDiskPerBroker: DataSize?
  /// Kafka `segment.bytes` and `segment.ms`, which bound the open segment per replica.
  public var segmentBytes: DataSize
  public var segmentTime: TimeSpan
  /// Size of one log I/O, to turn disk throughput into IOPS.
  public var diskIOSize: DataSize
  /// Broker counts are rounded up to a multiple of the AZ count (false: any count of at least RF).
  public var roundToAZs: Bool

  public init(
    instance: InstanceChoice = .cheapest,
    disk: DiskKind = .gp3,
    controllers: Int = ModelDefaults.controllers.value,
    controllerInstance: String? = nil,
    maxDiskPerBroker: DataSize? = nil,
    segmentBytes: DataSize = ModelDefaults.segmentBytes.value,
    segmentTime: TimeSpan = ModelDefaults.segmentTime.value,
    diskIOSize: DataSize = ModelDefaults.diskIOSize.value,
    roundToAZs: Bool = ModelDefaults.roundToAZs.value,
    controllerPlacement: ControllerPlacement = .dedicated,
    rootVolume: NodeVolume? = nil,
    controllerVolume: NodeVolume? = nil,
    volumeStep: DataSize? = nil
  ) {
    self.instance = instance
    self.disk = disk
    self.controllers = controllers
    self.controllerInstance = controllerInstance
    self.maxDiskPerBroker = maxDiskPerBroker
    self.segmentBytes = segmentBytes
    self.segmentTime = segmentTime
    self.diskIOSize = diskIOSize
    self.roundToAZs = roundToAZs
    self.controllerPlacement = controllerPlacement
    self.rootVolume = rootVolume
    self.controllerVolume = controllerVolume
    self.volumeStep = volumeStep
  }

  /// Controller instances billed: none when the controllers are combined with brokers.
  public var dedicatedControllers: Int { controllerPlacement == .dedicated ? controllers : 0 }

  /// The fewest brokers: RF, and with combined controllers, the quorum's voters too.
  public func minimumBrokers(replicationFactor: Int) -> Int {
    controllerPlacement == .combined ? max(replicationFactor, controllers) : replicationFactor
  }
}

/// Where a broker keeps its log.
public enum DiskKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// An EBS gp3 volume per broker, provisioned (and billed) for retention ÷ U_disk.
  case gp3
  /// The instance's own NVMe drives (i3en, i4i, i8g); no volume is billed, capacity bounds N.
  case localNVMe = "local-nvme"
}

/// Knobs of KIP-405 tiered storage.
public struct TieringConfig: Hashable, Sendable, Codable {
  /// TL: how long segments stay on broker disks; nil means the default, capped at each feed's retention.
  public var localRetention: TimeSpan?
  /// Multipart upload part size of the remote storage manager.
  public var partSize: DataSize
  /// Objects written per segment besides the log (indexes, manifest).
  public var extraObjectsPerSegment: Int
  /// Remote reads fetch this much per GET.
  public var readChunk: DataSize

  public init(
    localRetention: TimeSpan? = nil,
    partSize: DataSize = ModelDefaults.tieredPartSize.value,
    extraObjectsPerSegment: Int = ModelDefaults.tieredExtraObjects.value,
    readChunk: DataSize = ModelDefaults.remoteReadChunk.value
  ) {
    self.localRetention = localRetention
    self.partSize = partSize
    self.extraObjectsPerSegment = extraObjectsPerSegment
    self.readChunk = readChunk
  }

  /// TL in force for a feed: the configured value, else the default capped at the feed's retention.
  public func localRetention(for feed: Feed) -> TimeSpan { localRetention(retention: feed.retention) }

  /// TL for a feed kept for `retention`.
  public func localRetention(retention: TimeSpan) -> TimeSpan {
    localRetention ?? min(ModelDefaults.localRetention.value, retention)
  }
}
