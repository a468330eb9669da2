/// One class of topics sharing the cluster: its write rate, readers and retention.
public struct Feed: Hashable, Sendable, Codable {
  /// Unique slug, used in key paths and outputs.
  public var name: String
  /// W: average produce rate on the wire (compressed), bytes/s.
  public var write: DataRate
  /// F: consumer groups that each read everything at the tail.
  public var fanOut: Int
  /// T: how long records are kept.
  public var retention: TimeSpan
  /// P: partitions across the feed's topics.
  public var partitions: Int
  /// Typical record size; recorded in the assumptions, not yet used by a cost line.
  public var messageSize: DataSize
  /// Non-tail reads (replays, backfills, lagging consumers), if any.
  public var catchUp: CatchUp?
  /// How the write rate moves around `write` over time.
  public var profile: LoadProfile
  /// A scheduled replay or backfill, if any.
  public var replay: ReplayJob?

  public init(
    name: String, write: DataRate, fanOut: Int = ModelDefaults.fanOut.value,
    retention: TimeSpan = ModelDefaults.retention.value, partitions: Int,
    messageSize: DataSize = ModelDefaults.messageSize.value, catchUp: CatchUp? = nil,
    profile: LoadProfile = .flat, replay: ReplayJob? = nil
  ) {
    self.name = name
    self.write = write
    self.fanOut = fanOut
    self.retention = retention
    self.partitions = partitions
    self.messageSize = messageSize
    self.catchUp = catchUp
    self.profile = profile
    self.replay = replay
  }

  /// Write rate carried by one partition, assuming keys spread evenly.
  public var writePerPartition: DataRate { write / Double(partitions) }
  /// Rc for this feed, zero when there is no catch-up reading.
  public var catchUpRate: DataRate { catchUp?.rate ?? .zero }
}

/// Reads that miss the tail: Rc bytes/s, `lag` behind the newest record.
public struct CatchUp: Hashable, Sendable, Codable {
  /// Rc: average catch-up read rate over the month, bytes/s.
  public var rate: DataRate
  /// How old the data being read is; decides whether tiered Kafka serves it from disk or object storage.
  public var lag: TimeSpan

  public init(rate: DataRate, lag: TimeSpan) {
    self.rate = rate
    self.lag = lag
  }
}
