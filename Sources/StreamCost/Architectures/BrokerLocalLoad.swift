/// What broker-local Kafka must move and store for a workload (docs/model.md §1–2).
///
/// `tiering` nil is plain Kafka: everything stays on broker disks for T.
/// With tiering, disks keep TL, the leader uploads each segment once, and
/// catch-up reads older than TL come back from object storage.
struct BrokerLocalLoad {
  let tiering: TieringConfig?
  let rf: Double
  let w: DataRate
  /// Catch-up reads served from object storage: feeds whose lag exceeds local retention.
  let remoteCatchUp: DataRate
  let localCatchUp: DataRate
  /// W·TL·RF over all feeds, before open segments.
  let retainedLocally: DataSize
  /// Up to one open segment per partition replica: P·RF·min(segment.bytes, w_p·segment.ms) (docs/model.md §1.1).
  let openSegments: DataSize
  /// Stored bytes on broker disks, S.
  let stored: DataSize
  /// Provisioned disk, S ÷ U_disk.
  let provisioned: DataSize
  /// Cluster egress: followers (RF−1)·W, tail F·W, catch-up Rc, and with tiering one upload W.
  let networkOut: DataRate
  /// Cluster ingress: RF·W, plus remote catch-up reads with tiering.
  let networkIn: DataRate
  /// Disk throughput: RF·W written plus catch-up read from disk.
  let diskThroughput: DataRate

  /// Computes every figure once: the simulator asks for them at every step.
  init(workload: borrowing Workload, config: borrowing BrokerLocalConfig, tiering: TieringConfig?) {
    var sums = workload.sums
    sums.local = workload.localDisk ?? Self.sums(workload, config: config, tiering: tiering)
    self.init(sums, topology: workload.topology, tiering: tiering)
  }

  /// The figures for a step's sums, local-disk sums included.
  @inline(__always)
  init(_ load: StepSums, topology: Topology, tiering: TieringConfig?) {
    self.tiering = tiering
    let rf = Double(topology.replicationFactor)
    self.rf = rf
    let w = DataRate(bytesPerSecond: load.write)
    self.w = w
    let sums = load.local
    let catchUp = DataRate(bytesPerSecond: load.catchUpRead)
    remoteCatchUp = DataRate(bytesPerSecond: sums.remoteCatchUp)
    localCatchUp = DataRate(bytesPerSecond: catchUp.bytesPerSecond - sums.remoteCatchUp)
    retainedLocally = DataSize(bytes: sums.retained * rf)
    openSegments = DataSize(bytes: sums.openSegments)
    stored = retainedLocally + openSegments
    provisioned = stored / topology.diskUtilisation.value
    networkOut = w * (rf - 1) + DataRate(bytesPerSecond: load.tailRead) + catchUp + (tiering == nil ? .zero : w)
    networkIn = w * rf + remoteCatchUp
    diskThroughput = w * rf + localCatchUp
  }

  /// The per-feed sums from the workload's feeds.
  static func sums(_ workload: borrowing Workload, config: borrowing BrokerLocalConfig, tiering: TieringConfig?) -> LocalDiskSums {
    let rf = Double(workload.topology.replicationFactor)
    var sums = LocalDiskSums()
    // Fields are read in place: copying each Feed (name, profile) costs more than the sums.
    workload.feeds.withUnsafeBufferPointer { feeds in
      for i in feeds.indices {
        let keep = localRetention(feeds[i].retention, tiering: tiering)
        sums.add(
          held: workload.retained(feed: i, over: keep), write: feeds[i].write.bytesPerSecond,
          segments: OpenSegments(partitions: Double(feeds[i].partitions), rf: rf, config: config), catchUp: feeds[i].catchUp,
          keep: keep, tiered: tiering != nil)
      }
    }
    return sums
  }

  /// How long a feed's data stays on broker disks.
  func localRetention(_ feed: Feed) -> TimeSpan { Self.localRetention(feed.retention, tiering: tiering) }

  /// How long data kept for `retention` stays on broker disks: TL with `tiering`, else all of it.
  static func localRetention(_ retention: TimeSpan, tiering: TieringConfig?) -> TimeSpan {
    tiering?.localRetention(retention: retention) ?? retention
  }

  var networkOutFormula: String { Self.networkOutFormula(tiered: tiering != nil) }

  /// Cluster egress as a formula, with the upload when `tiered`.
  static func networkOutFormula(tiered: Bool) -> String {
    "(RF−1)·W + F·W + Rc" + (tiered ? " + W upload" : "")
  }
}
