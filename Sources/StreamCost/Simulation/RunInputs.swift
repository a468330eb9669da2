/// What every architecture reads while it steps through a run: the grid, the load at each
/// step, the billed months, the failures and the prices of moved bytes. Built once per run and
/// never changed, so the architectures can step side by side on different cores.
struct RunInputs: Sendable {
  let scenario: Scenario
  let grid: TimeGrid
  let load: LoadSeries
  let calendar: MonthCalendar
  /// The scenario's failure events with the step each falls in, in time order.
  let failures: [(step: Int, event: FailureEvent)]
  /// Length of a step, hours.
  let stepHours: Double
  /// Steps per sparkline sample.
  let sampleEvery: Int
  let rebalance: RebalancePrice

  init(scenario: Scenario, book: PriceBook) {
    self.scenario = scenario
    grid = TimeGrid(scenario.time)
    load = LoadSeries(scenario: scenario, grid: grid)
    calendar = MonthCalendar(grid: grid, convention: scenario.month)
    let step = grid.step
    failures = scenario.events.enumerated()
      .map { (step: Int(($0.element.at.seconds / step).rounded(.down)), order: $0.offset, event: $0.element) }
      .sorted { ($0.step, $0.order) < ($1.step, $1.order) }
      .map { (step: $0.step, event: $0.event) }
    stepHours = grid.step / 3_600
    sampleEvery = max(1, grid.count / SimulationResult.sparklineWidth)
    rebalance = RebalancePrice(book: book)
  }

  /// A workload of the scenario's feeds with room for the bytes they hold, before any step is loaded.
  var emptyWorkload: Workload {
    let none = Array(repeating: 0.0, count: scenario.feeds.count)
    return Workload(feeds: scenario.feeds, topology: scenario.topology, retained: none, retainedLocally: none)
  }
}

extension Workload {
  /// Sets the feeds' rates and catch-up reads (with any replay) and the cluster's totals at step `k`.
  mutating func load(step k: Int, from inputs: RunInputs) {
    let load = inputs.load
    let base = k * load.feedCount
    feeds.withUnsafeMutableBufferPointer { feeds in
      load.writes.withUnsafeBufferPointer { writes in
        for f in feeds.indices { feeds[f].write = DataRate(bytesPerSecond: writes[base + f]) }
      }
    }
    for f in load.replaying {
      feeds[f].catchUp = LoadSeries.catchUp(inputs.scenario.feeds[f], replay: load.replays[f][k])
    }
    totals = (
      DataRate(bytesPerSecond: load.write[k]), DataRate(bytesPerSecond: load.tailRead[k]),
      DataRate(bytesPerSecond: load.catchUpRead[k])
    )
  }

  /// Sets the bytes each feed holds at the end of step `k` over its retention and, for an
  /// architecture that keeps less on disk, over its local retention (`local`, windows in steps).
  mutating func hold(step k: Int, from load: LoadSeries, local: [Int]?) {
    let base = k * load.feedCount
    var held = retained.take() ?? []
    held.withUnsafeMutableBufferPointer { held in
      load.retained.withUnsafeBufferPointer { all in
        for f in held.indices { held[f] = all[base + f] }
      }
    }
    retained = held
    guard let local else { return }
    var locally = retainedLocally.take() ?? []
    for f in local.indices { locally[f] = load.held(feed: f, endOfStep: k, steps: local[f]) }
    retainedLocally = locally
  }
}
