/// The load of every feed at every step of the grid: write rates from the profiles, catch-up
/// and replay reads, and the bytes each feed holds over any retention window.
///
/// Held as flat arrays (one value per step per feed) so the simulator reads them without
/// allocating; bytes held over a window come from prefix sums in constant time.
struct LoadSeries {
  let grid: TimeGrid
  /// writes[f][k]: bytes/s feed f writes during step k.
  let writes: [[Double]]
  /// prefix[f][k]: bytes feed f wrote before step k (prefix[f][0] = 0).
  let prefix: [[Double]]
  /// replays[f][k]: replay read rate of feed f during step k, bytes/s.
  let replays: [[Double]]

  init(scenario: Scenario, grid: TimeGrid) {
    self.grid = grid
    let cluster = scenario.profile.factors(on: grid)
    var writes: [[Double]] = []
    var prefix: [[Double]] = []
    var replays: [[Double]] = []
    for feed in scenario.feeds {
      let own = feed.profile.factors(on: grid)
      let rate = feed.write.bytesPerSecond
      let series = (0..<grid.count).map { rate * cluster[$0] * own[$0] }
      var sums = [0.0]
      sums.reserveCapacity(grid.count + 1)
      for w in series { sums.append(sums[sums.count - 1] + w * grid.step) }
      writes.append(series)
      prefix.append(sums)
      replays.append(Self.replayRates(feed, grid: grid))
    }
    self.writes = writes
    self.prefix = prefix
    self.replays = replays
  }

  /// Bytes feed `f` holds at the end of step `k` over a window of `steps` steps. Before the
  /// simulation starts the feed is taken to have written at its first step's rate (a steady past).
  func held(feed f: Int, endOfStep k: Int, steps: Int) -> Double {
    let end = k + 1
    let begin = end - steps
    let before = begin >= 0 ? prefix[f][begin] : Double(begin) * writes[f][0] * grid.step
    return prefix[f][end] - before
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
      for f in writes.indices { load += writes[f][k] + replays[f][k] }
      if load > bestLoad {
        best = k
        bestLoad = load
      }
    }
    return best
  }
}
