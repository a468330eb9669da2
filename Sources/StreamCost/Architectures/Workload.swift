/// The load an architecture must carry: the feeds at their rates, on a topology.
///
/// Aggregates use docs/model.md's notation (§0.1): W (write), F·W (tail reads), Rc (catch-up).
public struct Workload: Hashable, Sendable {
  public var feeds: [Feed]
  public var topology: Topology
  /// The sums at one simulated step, set by the simulator so that a step reads no feed
  /// (nil in steady state: every aggregate is summed from the feeds).
  var step: StepSums?
  /// Whether sizing writes out the arithmetic behind each requirement (``Requirement/detail``):
  /// a run without detail (a sweep's), which reads only the counts, leaves it out. Not part of
  /// the workload's identity.
  public var explains = true

  public init(feeds: [Feed], topology: Topology) {
    self.feeds = feeds
    self.topology = topology
  }

  /// W: total produce rate.
  public var write: DataRate {
    if let step { return DataRate(bytesPerSecond: step.write) }
    return feeds.reduce(.zero) { $0 + $1.write }
  }
  /// Σ F·W: bytes/s the tail consumer groups read.
  public var tailRead: DataRate {
    if let step { return DataRate(bytesPerSecond: step.tailRead) }
    return feeds.reduce(.zero) { $0 + $1.write * Double($1.fanOut) }
  }
  /// Rc: total catch-up read rate.
  public var catchUpRead: DataRate {
    if let step { return DataRate(bytesPerSecond: step.catchUpRead) }
    return feeds.reduce(.zero) { $0 + $1.catchUpRate }
  }

  /// Σ W·T: bytes retained, one copy (at a simulated step, what each feed wrote over its retention).
  public var retainedOneCopy: DataSize {
    if let step { return DataSize(bytes: step.retained) }
    return feeds.reduce(DataSize(bytes: 0)) { $0 + $1.write.over($1.retention) }
  }

  /// The sums the step formulas read: the simulated step's, or in steady state the feeds' totals
  /// (local-disk sums zero: broker-local designs work theirs out from the feeds).
  var sums: StepSums {
    step ?? StepSums(
      write: write.bytesPerSecond, tailRead: tailRead.bytesPerSecond, catchUpRead: catchUpRead.bytesPerSecond,
      retained: retainedOneCopy.bytes, local: LocalDiskSums())
  }

  /// Broker-local Kafka's local-disk sums at a simulated step; nil in steady state, where
  /// ``BrokerLocalLoad`` sums them from the feeds. (The simulator sets them for every
  /// broker-local design, and zeros for the others, which never read them.)
  var localDisk: LocalDiskSums? { step?.local }

  /// Bytes feed `index` holds over `window` (at most its retention) in steady state, one copy: W·min(window, T).
  public func retained(feed index: Int, over window: TimeSpan) -> Double {
    feeds[index].write.bytesPerSecond * min(window, feeds[index].retention).seconds
  }

  public static func == (a: Workload, b: Workload) -> Bool {
    a.feeds == b.feeds && a.topology == b.topology
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(feeds)
    hasher.combine(topology)
  }

  /// Z as a Double, for formulas.
  public var zones: Double { Double(topology.azs) }
  /// (Z−1)/Z: share of clients in another AZ than the broker they talk to.
  public var remoteZoneShare: Double { topology.remoteZoneShare }
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
