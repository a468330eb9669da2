/// What each feed keeps on a broker-local design's disks, fixed for a run, so that the
/// simulator sums ``LocalDiskSums`` at every step from the load arrays without reading a feed.
struct LocalDiskPlan: Sendable {
  /// One feed's fixed part of the sums.
  struct Entry: Sendable {
    /// Local retention (TL, or T without tiering).
    let keep: TimeSpan
    /// Local retention in steps: the window whose bytes the disks hold.
    let window: Int
    let partitions: Double
    /// The feed's own catch-up reads.
    let catchUp: CatchUp?
    /// The feed's replay job, which adds catch-up reads at some steps.
    let replay: ReplayJob?
  }

  let config: BrokerLocalConfig
  let tiered: Bool
  let rf: Double
  let entries: [Entry]

  /// The plan for a broker-local deployment; nil for the others.
  init?(_ deployment: any Deployment, scenario: Scenario, grid: TimeGrid) {
    let tiering: TieringConfig?
    switch deployment {
    case let kafka as BrokerLocalKafka:
      (config, tiering) = (kafka.config, kafka.tiering)
    case let tieredKafka as TieredKafka:
      (config, tiering) = (tieredKafka.broker, tieredKafka.tiering)
    default:
      return nil
    }
    tiered = tiering != nil
    rf = Double(scenario.topology.replicationFactor)
    entries = scenario.feeds.map { feed in
      let keep = tiering?.localRetention(retention: feed.retention) ?? feed.retention
      return Entry(
        keep: keep, window: grid.steps(in: keep), partitions: Double(feed.partitions),
        catchUp: feed.catchUp, replay: feed.replay)
    }
  }

  /// The sums at step `k`, feed by feed as ``BrokerLocalLoad/sums(_:config:tiering:)`` adds them.
  func sums(step k: Int, _ load: LoadSeries) -> LocalDiskSums {
    var sums = LocalDiskSums()
    entries.withUnsafeBufferPointer { entries in
      for f in entries.indices {
        let entry = entries[f]
        let held = load.held(feed: f, endOfStep: k, steps: entry.window)
        var catchUp = entry.catchUp
        if entry.replay != nil { catchUp = LoadSeries.catchUp(catchUp, job: entry.replay, replay: load.replays[f][k]) }
        sums.add(
          held: held, write: load.writes[f][k], partitions: entry.partitions, catchUp: catchUp, keep: entry.keep,
          tiered: tiered, rf: rf, config: config)
      }
    }
    return sums
  }
}
