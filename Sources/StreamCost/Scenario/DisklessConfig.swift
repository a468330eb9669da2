/// Knobs of diskless agents (WarpStream / KIP-1150-style, docs/model.md §4).
public struct DisklessConfig: Hashable, Sendable, Codable {
  public var instance: InstanceChoice
  /// Agents flush a batch to object storage at least this often.
  public var batchInterval: TimeSpan
  /// Clients announce their AZ and talk to an agent there, so no client traffic crosses AZs;
  /// nil follows `topology.clients`.
  public var zoneAwareClients: Bool?
  /// Client traffic one vCPU carries at 100 % CPU (uncertain).
  public var throughputPerVCPU: DataRate
  /// Autoscaling CPU target.
  public var cpuTarget: Fraction
  /// Times compaction rewrites each byte, and files merged per level.
  public var compactionLevels: Int
  public var compactionFanIn: Int
  /// Reads fetch objects in chunks of this size.
  public var readChunk: DataSize
  /// Every agent's root (OS) volume (nil: none).
  public var rootVolume: NodeVolume?

  public init(
    instance: InstanceChoice = .cheapest,
    batchInterval: TimeSpan = ModelDefaults.batchInterval.value,
    zoneAwareClients: Bool? = nil,
    throughputPerVCPU: DataRate = ModelDefaults.throughputPerVCPU.value,
    cpuTarget: Fraction = ModelDefaults.cpuTarget.value,
    compactionLevels: Int = ModelDefaults.compactionLevels.value,
    compactionFanIn: Int = ModelDefaults.compactionFanIn.value,
    readChunk: DataSize = ModelDefaults.readChunk.value,
    rootVolume: NodeVolume? = nil
  ) {
    self.instance = instance
    self.batchInterval = batchInterval
    self.zoneAwareClients = zoneAwareClients
    self.throughputPerVCPU = throughputPerVCPU
    self.cpuTarget = cpuTarget
    self.compactionLevels = compactionLevels
    self.compactionFanIn = compactionFanIn
    self.readChunk = readChunk
    self.rootVolume = rootVolume
  }
}
