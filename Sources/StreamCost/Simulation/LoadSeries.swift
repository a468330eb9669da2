/// The load of every feed at every step of the grid: write rates from the profiles, catch-up
/// and replay reads, the bytes each feed holds over its retention, and the cluster's totals.
///
/// Everything every architecture reads alike is computed here once per run, in flat arrays
/// laid out step by step (`[k × feeds + f]`), so a step reads neighbouring values and allocates
/// nothing; bytes held over any other window come from prefix sums in constant time.
struct LoadSeries: Sendable {
  let grid: TimeGrid
  let feedCount: Int
  /// writes[k × F + f]: bytes/s feed f writes during step k.
  let writes: [Double]
  /// prefix[k × F + f]: bytes feed f wrote before step k (k = 0 … count).
  let prefix: [Double]
  /// replays[f][k]: replay read rate of feed f during step k, bytes/s; empty for a feed without replays.
  let replays: [[Double]]
  /// Feeds with a replay job, whose catch-up reads change from step to step.
  let replaying: [Int]
  /// retained[k × F + f]: bytes feed f holds at the end of step k over its whole retention, one copy.
  let retained: [Double]
  /// Per step, bytes/s: W (writes), Σ F·W (tail reads) and Rc (catch-up and replay reads).
  let write: [Double]
  let tailRead: [Double]
  let catchUpRead: [Double]

  init(scenario: Scenario, grid: TimeGrid) {
    self.grid = grid
    let feeds = scenario.feeds
    let f = feeds.count
    let n = grid.count
    feedCount = f
    // A flat profile is a factor of 1 at every step: no array is built for it.
    let cluster = scenario.profile.isFlat ? nil : scenario.profile.factors(on: grid)
    let own = feeds.map { $0.profile.isFlat ? nil : $0.profile.factors(on: grid) }
    let rates = feeds.map(\.write.bytesPerSecond)
    let writes = [Double](unsafeUninitializedCapacity: n * f) { buffer, count in
      for k in 0..<n {
        for i in 0..<f { buffer[k * f + i] = rates[i] * (cluster?[k] ?? 1) * (own[i]?[k] ?? 1) }
      }
      count = n * f
    }
    let prefix = [Double](unsafeUninitializedCapacity: (n + 1) * f) { buffer, count in
      for i in 0..<f { buffer[i] = 0 }
      for k in 0..<n {
        for i in 0..<f { buffer[(k + 1) * f + i] = buffer[k * f + i] + writes[k * f + i] * grid.step }
      }
      count = (n + 1) * f
    }
    replays = feeds.map { $0.replay == nil ? [] : Self.replayRates($0, grid: grid) }
    replaying = feeds.indices.filter { feeds[$0].replay != nil }
    self.writes = writes
    self.prefix = prefix
    (write, tailRead, catchUpRead) = Self.totals(feeds, writes: writes, replays: replays, count: n)
    let windows = feeds.map { grid.steps(in: $0.retention) }
    let retained = [Double](unsafeUninitializedCapacity: n * f) { buffer, count in
      for k in 0..<n {
        for i in 0..<f {
          buffer[k * f + i] = Self.held(i, endOfStep: k, steps: windows[i], feeds: f, writes: writes, prefix: prefix, step: grid.step)
        }
      }
      count = n * f
    }
    self.retained = retained
  }

  /// W, Σ F·W and Rc per step, summed feed by feed in scenario order.
  static func totals(
    _ feeds: [Feed], writes: [Double], replays: [[Double]], count: Int
  ) -> (write: [Double], tail: [Double], catchUp: [Double]) {
    var write = [Double](repeating: 0, count: count)
    var tail = write
    var catchUp = write
    for k in 0..<count {
      var w = DataRate.zero
      var t = DataRate.zero
      var c = DataRate.zero
      for (i, feed) in feeds.enumerated() {
        let rate = DataRate(bytesPerSecond: writes[k * feeds.count + i])
        w = w + rate
        t = t + rate * Double(feed.fanOut)
        c = c + (Self.catchUp(feed, replay: replays[i].isEmpty ? 0 : replays[i][k])?.rate ?? .zero)
      }
      (write[k], tail[k], catchUp[k]) = (w.bytesPerSecond, t.bytesPerSecond, c.bytesPerSecond)
    }
    return (write, tail, catchUp)
  }

  /// A feed's catch-up reads during a step with `replay` bytes/s of replay: the replay joins the
  /// catch-up reads, as old as the replay's history.
  static func catchUp(_ feed: Feed, replay: Double) -> CatchUp? {
    guard replay > 0, let job = feed.replay else { return feed.catchUp }
    let base = feed.catchUp
    return CatchUp(rate: DataRate(bytesPerSecond: (base?.rate.bytesPerSecond ?? 0) + replay), lag: max(base?.lag ?? job.history, job.history))
  }

  /// Bytes feed `f` holds at the end of step `k` over a window of `steps` steps.
  func held(feed f: Int, endOfStep k: Int, steps: Int) -> Double {
    Self.held(f, endOfStep: k, steps: steps, feeds: feedCount, writes: writes, prefix: prefix, step: grid.step)
  }

  /// Before the simulation starts the feed is taken to have written at its first step's rate (a steady past).
  static func held(
    _ f: Int, endOfStep k: Int, steps: Int, feeds: Int, writes: [Double], prefix: [Double], step: Double
  ) -> Double {
    let end = k + 1
    let begin = end - steps
    let before = begin >= 0 ? prefix[begin * feeds + f] : Double(begin) * writes[f] * step
    return prefix[end * feeds + f] - before
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
    var best = 0
    var bestLoad = -1.0
    for k in 0..<grid.count {
      var load = 0.0
      for f in 0..<feedCount { load += writes[k * feedCount + f] + (replays[f].isEmpty ? 0 : replays[f][k]) }
      if load > bestLoad {
        best = k
        bestLoad = load
      }
    }
    return best
  }
}
