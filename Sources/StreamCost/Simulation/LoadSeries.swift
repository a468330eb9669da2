/// The load of every feed at every step of the grid: write rates from the profiles, catch-up
/// and replay reads, the bytes held over each retention, and the cluster's totals.
///
/// Everything every architecture reads alike is computed here once per run, in flat arrays:
/// one per feed (each feed's are built on its own core with `parallel`) and one per cluster
/// total; bytes held over any window come from each feed's prefix sums in constant time.
struct LoadSeries: Sendable {
  let grid: TimeGrid
  let feedCount: Int
  /// writes[f][k]: bytes/s feed f writes during step k.
  let writes: [[Double]]
  /// prefix[f][k]: bytes feed f wrote before step k (k = 0 … count).
  let prefix: [[Double]]
  /// replays[f][k]: replay read rate of feed f during step k, bytes/s; empty for a feed without replays.
  let replays: [[Double]]
  /// Feeds with a replay job, whose catch-up reads change from step to step.
  let replaying: [Int]
  /// retainedTotal[k]: Σ over feeds of the bytes each holds at the end of step k over its whole
  /// retention, one copy, added in feed order (as `Workload.retainedOneCopy` does).
  let retainedTotal: [Double]
  /// Per step, bytes/s: W (writes), Σ F·W (tail reads) and Rc (catch-up and replay reads).
  let write: [Double]
  let tailRead: [Double]
  let catchUpRead: [Double]

  /// Steps per chunk when the per-step totals are split across cores.
  static let chunkSteps = 16_384

  init(scenario: Scenario, grid: TimeGrid, parallel: Bool = false) {
    self.grid = grid
    let feeds = scenario.feeds
    let n = grid.count
    feedCount = feeds.count
    // A flat profile is a factor of 1 at every step: no array is built for it.
    let cluster = scenario.profile.isFlat ? nil : scenario.profile.factors(on: grid)
    var built = Array(repeating: (writes: [Double](), prefix: [Double](), replays: [Double]()), count: feeds.count)
    ParallelWork.forEach(&built, parallel: parallel) { i, slot in
      let feed = feeds[i]
      let own = feed.profile.isFlat ? nil : feed.profile.factors(on: grid)
      let writes = Self.writeRates(feed.write.bytesPerSecond, cluster: cluster, own: own, count: n)
      let prefix = [Double](unsafeUninitializedCapacity: n + 1) { buffer, count in
        buffer[0] = 0
        for k in 0..<n { buffer[k + 1] = buffer[k] + writes[k] * grid.step }
        count = n + 1
      }
      slot = (writes, prefix, feed.replay == nil ? [] : Self.replayRates(feed, grid: grid))
    }
    writes = built.map(\.writes)
    prefix = built.map(\.prefix)
    replays = built.map(\.replays)
    replaying = feeds.indices.filter { feeds[$0].replay != nil }
    (write, tailRead, catchUpRead, retainedTotal) = Self.totals(
      feeds, writes: writes, prefix: prefix, replays: replays, windows: feeds.map { grid.steps(in: $0.retention) },
      step: grid.step, count: n,
      parallel: parallel)
  }

  /// `rate` × the cluster's factor × the feed's own factor at each of `n` steps
  /// (``LoadProfile/factors(on:)``, `n` values each; nil for a flat profile, whose factor 1
  /// multiplies exactly).
  static func writeRates(_ rate: Double, cluster: [Double]?, own: [Double]?, count n: Int) -> [Double] {
    switch (cluster, own) {
    case (nil, nil): [Double](repeating: rate, count: n)
    case (let cluster?, _) where cluster.count != n: preconditionFailure("\(cluster.count) cluster factors for \(n) steps")
    case (_, let own?) where own.count != n: preconditionFailure("\(own.count) feed factors for \(n) steps")
    case (let cluster?, nil): cluster.map { rate * $0 }
    case (nil, let own?): own.map { rate * $0 }
    case (let cluster?, let own?): zip(cluster, own).map { rate * $0 * $1 }
    }
  }

  /// The per-step totals W, Σ F·W, Rc and the bytes held over each retention, each added feed by
  /// feed; with `parallel`, a chunk of steps per task.
  static func totals(
    _ feeds: [Feed], writes: [[Double]], prefix: [[Double]], replays: [[Double]], windows: [Int], step: Double, count n: Int,
    parallel: Bool
  ) -> (write: [Double], tail: [Double], catchUp: [Double], retained: [Double]) {
    let fanOuts = feeds.map { Double($0.fanOut) }
    let catchUps = feeds.map { ($0.catchUp, $0.replay) }
    @Sendable func fill(_ steps: Range<Int>, _ w: UnsafeMutableBufferPointer<Double>, _ t: UnsafeMutableBufferPointer<Double>,
              _ c: UnsafeMutableBufferPointer<Double>, _ r: UnsafeMutableBufferPointer<Double>) {
      for k in steps { (w[k], t[k], c[k], r[k]) = (0, 0, 0, 0) }
      for i in feeds.indices {
        let (base, job) = catchUps[i]
        let replays = replays[i]
        // Without a replay job a feed's catch-up reads are the same at every step.
        let steady = replays.isEmpty ? Self.catchUp(base, job: job, replay: 0)?.rate.bytesPerSecond ?? 0 : nil
        let (fanOut, window) = (fanOuts[i], windows[i])
        writes[i].withUnsafeBufferPointer { writes in
          prefix[i].withUnsafeBufferPointer { prefix in
            // From step window − 1 on, a window's bytes are two prefix sums apart (``held``): the
            // steps before it and after it take a loop each, with no test inside.
            let whole = max(steps.lowerBound, min(steps.upperBound, window - 1))
            for k in steps.lowerBound..<whole {
              w[k] += writes[k]
              t[k] += writes[k] * fanOut
              r[k] += Self.held(endOfStep: k, steps: window, writes: writes, prefix: prefix, step: step)
            }
            for k in whole..<steps.upperBound {
              w[k] += writes[k]
              t[k] += writes[k] * fanOut
              r[k] += prefix[k + 1] - prefix[k + 1 - window]
            }
          }
        }
        // Adding 0 leaves every total as it is.
        if let steady {
          if steady != 0 { for k in steps { c[k] += steady } }
        } else {
          for k in steps { c[k] += Self.catchUp(base, job: job, replay: replays[k])?.rate.bytesPerSecond ?? 0 }
        }
      }
    }
    var (tail, catchUp, retained) = ([Double](), [Double](), [Double]())
    let write = [Double](unsafeUninitializedCapacity: n) { w, wCount in
      tail = [Double](unsafeUninitializedCapacity: n) { t, tCount in
        catchUp = [Double](unsafeUninitializedCapacity: n) { c, cCount in
          retained = [Double](unsafeUninitializedCapacity: n) { r, rCount in
            let chunks = stride(from: 0, to: n, by: chunkSteps).map { $0..<min(n, $0 + chunkSteps) }
            nonisolated(unsafe) let (w, t, c, r) = (w, t, c, r)
            ParallelWork.perform(chunks.count, parallel: parallel) { fill(chunks[$0], w, t, c, r) }
            rCount = n
          }
          cCount = n
        }
        tCount = n
      }
      wCount = n
    }
    return (write, tail, catchUp, retained)
  }


  /// A feed's catch-up reads during a step with `replay` bytes/s of replay: the replay joins the
  /// catch-up reads, as old as the replay's history.
  static func catchUp(_ feed: Feed, replay: Double) -> CatchUp? {
    catchUp(feed.catchUp, job: feed.replay, replay: replay)
  }

  /// `catchUp(_:replay:)` from a feed's own catch-up reads `base` and its replay `job`.
  static func catchUp(_ base: CatchUp?, job: ReplayJob?, replay: Double) -> CatchUp? {
    guard replay > 0, let job else { return base }
    return CatchUp(rate: DataRate(bytesPerSecond: (base?.rate.bytesPerSecond ?? 0) + replay), lag: max(base?.lag ?? job.history, job.history))
  }

  /// Bytes a feed holds at the end of step `k` over a window of `steps` steps, from its writes and
  /// prefix sums. Before the simulation starts the feed is taken to have written at its first
  /// step's rate (a steady past).
  static func held(
    endOfStep k: Int, steps: Int, writes: UnsafeBufferPointer<Double>, prefix: UnsafeBufferPointer<Double>, step: Double
  ) -> Double {
    let end = k + 1
    let begin = end - steps
    let before = begin >= 0 ? prefix[begin] : Double(begin) * writes[0] * step
    return prefix[end] - before
  }

  /// A replay runs from `first + j·every` for (average write × history) ÷ rate seconds, reading at `rate`.
  static func replayRates(_ feed: Feed, grid: TimeGrid) -> [Double] {
    var rates = [Double](repeating: 0, count: grid.count)
    guard let job = feed.replay else { return rates }
    let duration = feed.write.bytesPerSecond * job.history.seconds / job.rate.bytesPerSecond
    var start = job.first.seconds
    while start < grid.duration {
      let first = max(0, Int(start / grid.step) - 1)
      let last = min(grid.count, Int((start + duration) / grid.step) + 2)
      for k in first..<max(first, last) {
        let mid = grid.midpoint(k)
        if mid >= start && mid < start + duration { rates[k] += job.rate.bytesPerSecond }
      }
      start += job.every.seconds
    }
    return rates
  }

  /// Index of the step whose total write plus reads is largest: the load the instance type is chosen for.
  func peakStep() -> Int {
    // Without replays the load is the cluster's write, added in the same feed order.
    if replaying.isEmpty { return write.indices.max { write[$0] < write[$1] } ?? 0 }
    var best = 0
    var bestLoad = -1.0
    for k in 0..<grid.count {
      var load = 0.0
      for f in 0..<feedCount { load += writes[f][k] + (replays[f].isEmpty ? 0 : replays[f][k]) }
      if load > bestLoad {
        best = k
        bestLoad = load
      }
    }
    return best
  }

  /// The sums a step's formulas read at step `k`: the cluster's totals, the bytes held over
  /// each retention and, for a broker-local design, its local-disk sums (`local`).
  func sums(_ k: Int, local: LocalDiskSums?) -> StepSums {
    StepSums(
      write: write[k], tailRead: tailRead[k], catchUpRead: catchUpRead[k], retained: retainedTotal[k],
      local: local ?? LocalDiskSums())
  }
}
