/// What each feed keeps on a broker-local design's disks, fixed for a run, so that the
/// simulator sums ``LocalDiskSums`` at every step from the load arrays without reading a feed.
struct LocalDiskPlan: Sendable {
  /// One feed's fixed part of the sums.
  struct Entry: Sendable {
    /// Local retention (TL, or T without tiering): the window whose bytes the disks hold, never
    /// rounded to steps.
    let keep: TimeSpan
    /// The feed's open-segment allowance.
    let segments: OpenSegments
    /// The feed's own catch-up reads.
    let catchUp: CatchUp?
    /// The feed's replay job, which adds catch-up reads at some steps.
    let replay: ReplayJob?
  }

  let tiered: Bool
  let entries: [Entry]
  /// Every feed keeps its whole retention on disk (no tiering): the bytes held locally are the
  /// bytes retained, which the load has already summed feed by feed, in the same order.
  let keepsRetention: Bool

  /// The plan of `deployment` (``Deployment/localDiskPlan(_:grid:)``); nil for a design that keeps no data on its brokers.
  init?(_ deployment: any Deployment, scenario: Scenario, grid: TimeGrid) {
    guard let plan = deployment.localDiskPlan(scenario, grid: grid) else { return nil }
    self = plan
  }

  /// The plan of a broker-local design with `config`, keeping TL locally with `tiering`.
  init(config: BrokerLocalConfig, tiering: TieringConfig?, scenario: Scenario, grid: TimeGrid) {
    tiered = tiering != nil
    let rf = Double(scenario.topology.replicationFactor)
    entries = scenario.feeds.map { feed in
      let keep = BrokerLocalLoad.localRetention(feed.retention, tiering: tiering)
      return Entry(
        keep: keep, segments: OpenSegments(partitions: Double(feed.partitions), rf: rf, config: config), catchUp: feed.catchUp,
        replay: feed.replay)
    }
    keepsRetention = zip(entries, scenario.feeds).allSatisfy { $0.keep == $1.retention }
  }

  /// The sums at each step of `steps`, each added feed by feed as ``BrokerLocalLoad/sums(_:config:tiering:)`` adds them.
  func sums(_ steps: Range<Int>, _ load: LoadSeries) -> [LocalDiskSums] {
    var sums: [LocalDiskSums] = []
    append(steps, load, to: &sums)
    return sums
  }

  /// Appends the sums at each step of `steps` to `sums` (``sums(_:_:)``), in place.
  ///
  /// Each sum is added feed by feed over the steps, one loop per sum: a step's sums still take the
  /// feeds in order, as ``LocalDiskSums/add(held:write:segments:catchUp:keep:tiered:)`` adds them.
  func append(_ steps: Range<Int>, _ load: LoadSeries, to all: inout [LocalDiskSums]) {
    let start = all.count
    all.append(contentsOf: repeatElement(LocalDiskSums(), count: steps.count))
    all.withUnsafeMutableBufferPointer { all in
      let sums = UnsafeMutableBufferPointer(rebasing: all[start...])
      for (f, entry) in entries.enumerated() {
        let (rate, shape, window) = (load.rates[f], load.shapes[load.shapeOf[f]], entry.keep.seconds)
        if !keepsRetention {
          for (j, k) in steps.enumerated() { sums[j].retained += rate * shape.held(endOfStep: k, window: window) }
        }
        if shape.constant {
          let open = entry.segments.bytes(write: rate)
          for j in 0..<steps.count { sums[j].openSegments += open }
        } else {
          for (j, k) in steps.enumerated() { sums[j].openSegments += entry.segments.bytes(write: rate * shape.factors[k]) }
        }
        guard tiered else { continue }
        if entry.replay == nil {
          // The same catch-up at every step: remote at all of them, or at none.
          guard let c = entry.catchUp, c.lag > entry.keep else { continue }
          for j in 0..<steps.count { sums[j].remoteCatchUp += c.rate.bytesPerSecond }
        } else {
          let replays = load.replays[f]
          for (j, k) in steps.enumerated() {
            if let c = LoadSeries.catchUp(entry.catchUp, job: entry.replay, replay: replays[k]), c.lag > entry.keep {
              sums[j].remoteCatchUp += c.rate.bytesPerSecond
            }
          }
        }
      }
      // When every feed keeps its whole retention locally, the bytes held locally are the bytes
      // retained, which the load has summed in the same order.
      if keepsRetention {
        for (j, k) in steps.enumerated() { sums[j].retained = load.retainedTotal[k] }
      }
    }
  }
}
