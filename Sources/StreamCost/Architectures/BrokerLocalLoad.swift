/// What broker-local Kafka must move and store for a workload (MODEL.md §1–2).
///
/// `tiering` nil is plain Kafka: everything stays on broker disks for T.
/// With tiering, disks keep TL, the leader uploads each segment once, and
/// catch-up reads older than TL come back from object storage.
struct BrokerLocalLoad {
  let workload: Workload
  let config: BrokerLocalConfig
  let tiering: TieringConfig?

  var rf: Double { Double(workload.topology.replicationFactor) }
  var w: DataRate { workload.write }

  /// How long a feed's data stays on broker disks.
  func localRetention(_ feed: Feed) -> TimeSpan {
    tiering?.localRetention(for: feed) ?? feed.retention
  }

  /// Catch-up reads served from object storage: feeds whose lag exceeds local retention.
  var remoteCatchUp: DataRate {
    guard tiering != nil else { return .zero }
    return workload.feeds.reduce(.zero) { sum, feed in
      guard let c = feed.catchUp, c.lag > localRetention(feed) else { return sum }
      return sum + c.rate
    }
  }
  var localCatchUp: DataRate {
    DataRate(bytesPerSecond: workload.catchUpRead.bytesPerSecond - remoteCatchUp.bytesPerSecond)
  }

  /// W·TL·RF over all feeds, before open segments.
  var retainedLocally: DataSize {
    var bytes = 0.0
    for i in workload.feeds.indices { bytes += workload.retained(feed: i, over: localRetention(workload.feeds[i])) }
    return DataSize(bytes: bytes * rf)
  }

  /// Up to one open segment per partition replica: P·RF·min(segment.bytes, w_p·segment.ms) (physics §1.1).
  var openSegments: DataSize {
    workload.feeds.reduce(DataSize(bytes: 0)) { sum, feed in
      let perPartition = min(config.segmentBytes.bytes, feed.writePerPartition.bytesPerSecond * config.segmentTime.seconds)
      return sum + DataSize(bytes: Double(feed.partitions) * rf * perPartition)
    }
  }

  /// Stored bytes on broker disks, S.
  var stored: DataSize { retainedLocally + openSegments }
  /// Provisioned disk, S ÷ U_disk.
  var provisioned: DataSize { stored / workload.topology.diskUtilisation.value }

  /// Cluster egress: followers (RF−1)·W, tail F·W, catch-up Rc, and with tiering one upload W.
  var networkOut: DataRate {
    w * (rf - 1) + workload.tailRead + workload.catchUpRead + (tiering == nil ? .zero : w)
  }
  /// Cluster ingress: RF·W, plus remote catch-up reads with tiering.
  var networkIn: DataRate { w * rf + remoteCatchUp }
  /// Disk throughput: RF·W written plus catch-up read from disk.
  var diskThroughput: DataRate { w * rf + localCatchUp }

  var networkOutFormula: String {
    "(RF−1)·W + F·W + Rc" + (tiering == nil ? "" : " + W upload")
  }
}
