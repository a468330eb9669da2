import Foundation

/// Steps every architecture of a scenario through its horizon (MODEL.md §5).
///
/// At each step: the load (profiles, replays, bytes held over each retention window), the
/// brokers it needs, what each architecture runs under its policy, what it serves after
/// failures, and every meter's amount. Amounts add up per billed month and are priced at the
/// end with the month's length and tiers; the timeline streams to a sink as it is produced.
/// Pure: same scenario and book, same result.
public struct Simulator: Sendable {
  public var book: PriceBook

  public init(book: PriceBook) { self.book = book }

  public func run<Sink: TimelineSink>(_ scenario: Scenario, timeline: inout Sink) throws(EngineError) -> SimulationResult {
    let issues = scenario.validate()
    guard issues.isEmpty else { throw .scenario(issues) }
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    let calendar = MonthCalendar(grid: grid, convention: scenario.month)
    var workload = Workload(
      feeds: scenario.feeds, topology: scenario.topology, retained: Array(repeating: 0, count: scenario.feeds.count),
      retainedLocally: Array(repeating: 0, count: scenario.feeds.count))
    let tracks = try makeTracks(scenario, load: load, grid: grid, calendar: calendar, workload: &workload)
    let events = Dictionary(grouping: scenario.events) { Int(($0.at.seconds / grid.step).rounded(.down)) }
    let prices = tracks.map { track in calendar.billedHours.map { unitPrices(track.lines, monthHours: $0) } }
    let stepHours = grid.step / 3_600
    let sampleEvery = max(1, grid.count / SimulationResult.sparklineWidth)
    var cost = [Double](repeating: 0, count: CostCategory.allCases.count)
    // Held apart from the tracks so the loop borrows them instead of copying them out of a class each step.
    let deployments = tracks.map(\.deployment)
    let instances = tracks.map(\.instance)
    for k in 0..<grid.count {
      setLoad(&workload, step: k, load: load, scenario: scenario)
      let month = calendar.monthOfStep[k]
      let failures = events[k] ?? []
      let demand = (workload.write.bytesPerSecond, workload.tailRead.bytesPerSecond, workload.catchUpRead.bytesPerSecond)
      for (a, track) in tracks.enumerated() {
        setLocal(&workload, track: track, step: k, load: load)
        let need = deployments[a].requiredCount(workload, on: instances[a])
        var moved = track.controller.advance(
          to: k, need: need, workload: workload, schedule: track.scheduled(at: grid.time(k)), book: book)
        for failure in failures {
          moved += track.controller.fail(failure.lose, at: k, azs: scenario.topology.azs, workload: workload, book: book)
        }
        let running = track.controller.running
        let serving = track.controller.serving
        track.state.count = running
        deployments[a].meter(workload, state: &track.state, hours: stepHours, into: &track.stepAmounts)
        track.stepAmounts.append(moved)
        track.stepAmounts.append(moved)
        for i in cost.indices { cost[i] = 0 }
        track.add(month: month, prices: prices[a][month], into: &cost)
        if serving < need.needed {
          track.hoursShort += stepHours
          track.controller.noteShort(at: k, hours: stepHours)
        }
        track.count(running, step: k, sampleEvery: sampleEvery)
        timeline.accept(
          StepRecord(
            step: k, offset: grid.time(k), architecture: a, write: demand.0, tailRead: demand.1, catchUpRead: demand.2,
            needed: need.needed, target: need.target, running: running, serving: serving,
            objectBytes: workload.retainedOneCopy.bytes, localBytes: localBytes(workload, track: track), cost: cost))
      }
    }
    return try result(scenario, tracks: tracks, grid: grid, calendar: calendar)
  }

  /// Chooses each architecture's instance type for the peak step's load and sets its starting count.
  func makeTracks(
    _ scenario: Scenario, load: LoadSeries, grid: TimeGrid, calendar: MonthCalendar, workload: inout Workload
  ) throws(EngineError) -> [ArchitectureTrack] {
    let peak = load.peakStep()
    setLoad(&workload, step: peak, load: load, scenario: scenario)
    var steady = workload
    steady.retained = nil
    steady.retainedLocally = nil
    let engine = CostEngine(book: book)
    let pricer = Pricer(book: book, monthHours: scenario.month.hours)
    var tracks: [ArchitectureTrack] = []
    for (index, spec) in scenario.architectures.enumerated() {
      let at = "architectures[\(index)]"
      let deployment = spec.deployment
      let sizing = try engine.evaluate(deployment, workload: steady, pricer: pricer, hours: scenario.month.hours, at: at).sizing
      let track = ArchitectureTrack(
        spec: spec, index: index, sizing: sizing,
        assumptions: CostEngine.assumptions(spec, deployment: deployment, at: at, scenario: scenario), grid: grid,
        scenario: scenario, months: calendar.count, initial: 0)
      let initial = startingCount(track, scenario: scenario, load: load, grid: grid, workload: &workload)
      track.controller = CapacityController(
        index: index, name: spec.name, deployment: deployment, scaling: spec.scaling, stepSeconds: grid.step, initial: initial)
      tracks.append(track)
    }
    return tracks
  }

  /// `peak`: the largest target over the horizon; `scheduled`: the schedule's first count; `reactive`: the first step's target.
  func startingCount(
    _ track: ArchitectureTrack, scenario: Scenario, load: LoadSeries, grid: TimeGrid, workload: inout Workload
  ) -> Int {
    if let scheduled = track.scheduled(at: 0) { return scheduled }
    let steps = track.spec.scaling.policy == .peak ? Array(0..<grid.count) : [0]
    var largest = 0
    for k in steps {
      setLoad(&workload, step: k, load: load, scenario: scenario)
      setLocal(&workload, track: track, step: k, load: load)
      largest = max(largest, track.deployment.requiredCount(workload, on: track.instance).target)
    }
    return largest
  }

  /// The feeds' rates and bytes held at step `k`. Replay reads join the catch-up reads, as old as the replay's history.
  func setLoad(_ workload: inout Workload, step k: Int, load: LoadSeries, scenario: Scenario) {
    defer { workload.cacheTotals() }
    for f in scenario.feeds.indices {
      workload.feeds[f].write = DataRate(bytesPerSecond: load.writes[f][k])
      let replay = load.replays[f][k]
      let base = scenario.feeds[f].catchUp
      if replay > 0, let job = scenario.feeds[f].replay {
        workload.feeds[f].catchUp = CatchUp(
          rate: DataRate(bytesPerSecond: (base?.rate.bytesPerSecond ?? 0) + replay), lag: max(base?.lag ?? job.history, job.history))
      } else {
        workload.feeds[f].catchUp = base
      }
    }
  }

  /// Bytes each feed holds at the end of step `k` over its retention (the same for every architecture)
  /// and, for an architecture that keeps less on disk, over its local retention.
  func setLocal(_ workload: inout Workload, track: ArchitectureTrack, step k: Int, load: LoadSeries) {
    if workload.heldAtStep != k {
      for f in track.retentionSteps.indices {
        workload.retained![f] = load.held(feed: f, endOfStep: k, steps: track.retentionSteps[f])
      }
      workload.heldAtStep = k
    }
    if let local = track.localSteps {
      for f in local.indices { workload.retainedLocally![f] = load.held(feed: f, endOfStep: k, steps: local[f]) }
    }
  }

  /// Bytes on broker disks, all replicas: RF × what each feed holds locally; none for stateless designs.
  func localBytes(_ workload: Workload, track: ArchitectureTrack) -> Double {
    switch track.spec.kind {
    case .sharedStorage, .diskless: return 0
    case .kafka, .kafkaTiered:
      var held = 0.0
      if track.localSteps == nil {
        if let retained = workload.retained { for bytes in retained { held += bytes } }
      } else if let local = workload.retainedLocally {
        for bytes in local { held += bytes }
      }
      return Double(workload.topology.replicationFactor) * held
    }
  }

  /// Each line's first-tier unit price per base unit, for the timeline's per-step costs.
  func unitPrices(_ lines: [MeterLine], monthHours: Double) -> [Double] {
    lines.map { line in
      switch line.price {
      case .instance(let name):
        return (book.instances[name]?.pricePerHour).map { NSDecimalNumber(decimal: $0).doubleValue } ?? 0
      case .rate(let id):
        guard let rate = book.rates[id.rawValue], let tier = rate.tiers.first,
          let perUnit = rate.unit.quantity(of: Metered(line.dimension, 1), monthHours: monthHours)
        else { return 0 }
        return perUnit * NSDecimalNumber(decimal: tier.price).doubleValue
      }
    }
  }
}
