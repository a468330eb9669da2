/// The load of every feed at every step of the grid: write rates from the profiles, catch-up
/// and replay reads, the bytes held over each retention, and the cluster's totals
/// (docs/model.md §5.1).
///
/// Everything every architecture reads alike is computed here once per run. Feeds that share a
/// profile share one ``WriteShape`` (a flat feed on a warm start needs none), so the memory grows
/// with the steps and the distinct profiles, not with the feeds: per feed only its rate and, for a
/// feed with a replay job, its replay reads are kept. The bytes held at the first step are those of
/// a warm-up as long as the longest retention, written under the same profiles before the horizon
/// (or none, for ``InitialState/empty``); windows are exact, never rounded to steps.
struct LoadSeries: Sendable {
  let grid: TimeGrid
  let feedCount: Int
  /// The distinct shapes; `shapeOf[f]` is feed f's.
  let shapes: [WriteShape]
  let shapeOf: [Int]
  /// Each feed's base write rate, bytes/s.
  let rates: [Double]
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
    feedCount = feeds.count
    rates = feeds.map(\.write.bytesPerSecond)
    var profiles: [LoadProfile] = []
    var index: [LoadProfile: Int] = [:]
    shapeOf = feeds.map { feed in
      if let i = index[feed.profile] { return i }
      index[feed.profile] = profiles.count
      profiles.append(feed.profile)
      return profiles.count - 1
    }
    let warm = Self.warmUpSteps(scenario, step: grid.step)
    var built = Array(repeating: WriteShape.constant(step: grid.step), count: profiles.count)
    let distinct = profiles
    ParallelWork.forEach(&built, parallel: parallel) { i, shape in
      shape = Self.shape(scenario.profile, distinct[i], grid: grid, warm: warm, state: scenario.time.initialState)
    }
    shapes = built
    replays = feeds.map { $0.replay == nil ? [] : Self.replayRates($0, grid: grid) }
    replaying = feeds.indices.filter { feeds[$0].replay != nil }
    (write, tailRead, catchUpRead, retainedTotal) = Self.totals(
      feeds, shapes: shapes, shapeOf: shapeOf, replays: replays, count: grid.count, parallel: parallel)
  }

  /// Steps of warm-up before the horizon: enough for the longest retention to look back over on a
  /// warm start, none on an empty one.
  static func warmUpSteps(_ scenario: Scenario, step: Double) -> Int {
    guard scenario.time.initialState == .warm else { return 0 }
    let longest = scenario.feeds.map(\.retention.seconds).max() ?? 0
    return Int((longest / step).rounded(.up))
  }

  /// The values the load's shapes keep: the distinct profiles that need a shape (a flat one on a
  /// warm start under a flat cluster needs none) and the values each keeps, its warm-up and horizon
  /// prefix sums plus its horizon factors. What ``InputLimits/loadShapeValues`` bounds.
  static func keptValues(_ scenario: Scenario, step: Double, steps: Int) -> (shapes: Int, perShape: Double) {
    let warm = scenario.time.initialState == .warm
    let shapes = Set(scenario.feeds.map(\.profile)).filter { !(scenario.profile.isFlat && $0.isFlat && warm) }.count
    return (shapes, Double(warmUpSteps(scenario, step: step)) + 2 * Double(steps) + 1)
  }

  /// The shape of a feed with profile `own` under the cluster's `cluster` profile: the product of
  /// both profiles' factors over the warm-up and the horizon (warm-up factors 0 on an empty start).
  static func shape(_ cluster: LoadProfile, _ own: LoadProfile, grid: TimeGrid, warm: Int, state: InitialState) -> WriteShape {
    if cluster.isFlat && own.isFlat && state == .warm { return .constant(step: grid.step) }
    let extended = grid.warmed(by: warm)
    var factors = cluster.isFlat ? [Double](repeating: 1, count: extended.count) : cluster.factors(on: extended)
    if !own.isFlat {
      let mine = own.factors(on: extended)
      for j in factors.indices { factors[j] *= mine[j] }
    }
    if state == .empty { for j in 0..<warm { factors[j] = 0 } }
    return WriteShape(extended: factors, warmSteps: warm, step: grid.step)
  }

  /// Bytes/s feed `f` writes during step `k`.
  @inline(__always)
  func write(feed f: Int, step k: Int) -> Double { rates[f] * shapes[shapeOf[f]].factor(k) }

  /// Bytes feed `f` holds at the end of step `k` over a window of `seconds` (one copy).
  @inline(__always)
  func held(feed f: Int, endOfStep k: Int, window seconds: Double) -> Double {
    rates[f] * shapes[shapeOf[f]].held(endOfStep: k, window: seconds)
  }

  /// The per-step totals W, Σ F·W, Rc and the bytes held over each retention, each added feed by
  /// feed; with `parallel`, a chunk of steps per task.
  static func totals(
    _ feeds: [Feed], shapes: [WriteShape], shapeOf: [Int], replays: [[Double]], count n: Int, parallel: Bool
  ) -> (write: [Double], tail: [Double], catchUp: [Double], retained: [Double]) {
    let rates = feeds.map(\.write.bytesPerSecond)
    let fanOuts = feeds.map { Double($0.fanOut) }
    let windows = feeds.map(\.retention.seconds)
    let catchUps = feeds.map { ($0.catchUp, $0.replay) }
    @Sendable func fill(
      _ steps: Range<Int>, _ w: UnsafeMutableBufferPointer<Double>, _ t: UnsafeMutableBufferPointer<Double>,
      _ c: UnsafeMutableBufferPointer<Double>, _ r: UnsafeMutableBufferPointer<Double>
    ) {
      for k in steps { (w[k], t[k], c[k], r[k]) = (0, 0, 0, 0) }
      for i in feeds.indices {
        let (base, job) = catchUps[i]
        let replays = replays[i]
        // Without a replay job a feed's catch-up reads are the same at every step.
        let steady = replays.isEmpty ? Self.catchUp(base, job: job, replay: 0)?.rate.bytesPerSecond ?? 0 : nil
        let (rate, fanOut, window, shape) = (rates[i], fanOuts[i], windows[i], shapes[shapeOf[i]])
        if shape.constant {
          let (tail, held) = (rate * fanOut, rate * window)
          for k in steps {
            w[k] += rate
            t[k] += tail
            r[k] += held
          }
        } else {
          for k in steps {
            let write = rate * shape.factors[k]
            w[k] += write
            t[k] += write * fanOut
            r[k] += rate * shape.held(endOfStep: k, window: window)
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
    // Without replays the load is the cluster's write.
    if replaying.isEmpty { return write.indices.max { write[$0] < write[$1] } ?? 0 }
    var best = 0
    var bestLoad = -1.0
    for k in 0..<grid.count {
      var load = write[k]
      for f in replaying { load += replays[f][k] }
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
