/// The load an architecture must carry: the feeds at their rates, on a topology.
///
/// Aggregates use MODEL.md's notation: W (write), F·W (tail reads), Rc (catch-up).
public struct Workload: Hashable, Sendable {
  public var feeds: [Feed]
  public var topology: Topology
  /// Bytes each feed holds over its whole retention (Σ of its writes over the last T), one copy.
  /// Nil in steady state, where it is W·T; the simulator sets it from the load history.
  public var retained: [Double]?
  /// Bytes each feed holds over a shorter local retention (tiered Kafka's TL); nil means W·TL.
  public var retainedLocally: [Double]?

  public init(feeds: [Feed], topology: Topology, retained: [Double]? = nil, retainedLocally: [Double]? = nil) {
    self.feeds = feeds
    self.topology = topology
    self.retained = retained
    self.retainedLocally = retainedLocally
  }

  /// The three totals below, when the simulator has set them for its step (nil: sum the feeds).
  var totals: (write: DataRate, tailRead: DataRate, catchUpRead: DataRate)?

  /// W: total produce rate.
  public var write: DataRate { totals?.write ?? feeds.reduce(.zero) { $0 + $1.write } }
  /// Σ F·W: bytes/s the tail consumer groups read.
  public var tailRead: DataRate { totals?.tailRead ?? feeds.reduce(.zero) { $0 + $1.write * Double($1.fanOut) } }
  /// Rc: total catch-up read rate.
  public var catchUpRead: DataRate { totals?.catchUpRead ?? feeds.reduce(.zero) { $0 + $1.catchUpRate } }

  public static func == (a: Workload, b: Workload) -> Bool {
    a.feeds == b.feeds && a.topology == b.topology && a.retained == b.retained && a.retainedLocally == b.retainedLocally
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(feeds)
    hasher.combine(topology)
    hasher.combine(retained)
    hasher.combine(retainedLocally)
  }
  /// Σ `retained`, when the simulator has set it for its step (nil: sum the feeds).
  var retainedTotal: Double?
  /// Broker-local Kafka's per-feed sums, when the simulator has set them for its step (nil: sum the feeds).
  var localDisk: LocalDiskSums?

  /// Σ W·T: bytes retained, one copy.
  public var retainedOneCopy: DataSize {
    if let retainedTotal { return DataSize(bytes: retainedTotal) }
    if let retained { return DataSize(bytes: retained.reduce(0, +)) }
    return feeds.reduce(DataSize(bytes: 0)) { $0 + $1.write.over($1.retention) }
  }

  /// Bytes feed `index` holds over `window` (at most its retention), one copy.
  public func retained(feed index: Int, over window: TimeSpan) -> Double {
    let retention = feeds[index].retention
    if window >= retention, let retained { return retained[index] }
    if window < retention, let retainedLocally { return retainedLocally[index] }
    return feeds[index].write.bytesPerSecond * min(window, retention).seconds
  }
  /// Z as a Double, for formulas.
  public var zones: Double { Double(topology.azs) }
  /// (Z−1)/Z: share of clients in another AZ than the broker they talk to.
  public var remoteZoneShare: Double { (zones - 1) / zones }
}

/// A named scalar an architecture used, for assumptions.csv.
public struct ParameterValue: Hashable, Sendable {
  /// Scenario key under the architecture entry, e.g. `local_retention`.
  public var key: String
  public var value: String
  public var unit: String
  public var source: String
  public var uncertain: Bool

  public init(_ key: String, _ value: String, _ unit: String, source: String, uncertain: Bool = false) {
    self.key = key
    self.value = value
    self.unit = unit
    self.source = source
    self.uncertain = uncertain
  }

  /// A parameter shown with its documented default's unit and source.
  public init<T>(_ key: String, _ value: String, default documented: Documented<T>) {
    self.init(key, value, documented.unit, source: documented.source, uncertain: documented.uncertain)
  }
}
