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
  /// The load of the week before the horizon (``ModelDefaults/stateWarmUp``), which primes what only
  /// grows (broker volumes) on a warm start; nil when the cluster starts empty or every profile is
  /// flat (the volumes then need no priming).
  let warmUp: LoadSeries?

  /// With `parallel`, the load is built on several cores.
  init(scenario: Scenario, book: PriceBook, parallel: Bool = false) {
    self.scenario = scenario
    grid = TimeGrid(scenario.time)
    load = LoadSeries(scenario: scenario, grid: grid, parallel: parallel)
    calendar = MonthCalendar(grid: grid, convention: scenario.month)
    let step = grid.step
    failures = scenario.events.enumerated()
      .map { (step: Int(($0.element.at.seconds / step).rounded(.down)), order: $0.offset, event: $0.element) }
      .sorted { ($0.step, $0.order) < ($1.step, $1.order) }
      .map { (step: $0.step, event: $0.event) }
    stepHours = grid.step / 3_600
    sampleEvery = max(1, grid.count / SimulationResult.sparklineWidth)
    rebalance = RebalancePrice(book: book)
    warmUp = Self.warmUp(scenario, grid: grid, parallel: parallel)
  }

  /// The load over ``ModelDefaults/stateWarmUp`` before the horizon, on the same clock.
  static func warmUp(_ scenario: Scenario, grid: TimeGrid, parallel: Bool) -> LoadSeries? {
    let flat = scenario.profile.isFlat && scenario.feeds.allSatisfy { $0.profile.isFlat }
    guard scenario.time.initialState == .warm, !flat else { return nil }
    let steps = Int((ModelDefaults.stateWarmUp.value.seconds / grid.step).rounded(.up))
    let week = TimeGrid(start: grid.start, step: grid.step, count: steps, first: grid.first - steps)
    return LoadSeries(scenario: scenario, grid: week, parallel: parallel)
  }
}

extension Workload {
  /// Sets the feeds' rates and catch-up reads (with any replay) at step `k`: the workload of that step held steadily.
  mutating func load(step k: Int, from inputs: RunInputs) {
    let load = inputs.load
    for f in feeds.indices { feeds[f].write = DataRate(bytesPerSecond: load.write(feed: f, step: k)) }
    for f in load.replaying {
      feeds[f].catchUp = LoadSeries.catchUp(inputs.scenario.feeds[f], replay: load.replays[f][k])
    }
  }
}
