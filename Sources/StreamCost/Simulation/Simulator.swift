import Foundation

/// Steps every architecture of a scenario through its horizon (docs/model.md §5).
///
/// At each step: the load (profiles, replays, bytes held over each retention window), the
/// brokers it needs, what each architecture runs under its policy, what it serves after
/// failures, and every meter's amount. Amounts add up per billed month and are priced at the
/// end with the month's length and tiers; the timeline streams to a sink in step order.
///
/// Architectures share no state while they step, so with `parallel` each runs on its own core
/// (a block of steps at a time; the sink takes one block's records, in step order, while the
/// next block steps) and the load is built a feed per core: the output is the same either way.
/// A sweep, which already runs whole scenarios side by side, turns it off.
/// Pure: same scenario and book, same result.
public struct Simulator: Sendable {
  public let book: PriceBook
  /// Sizes each architecture for its peak: made once with the book (its instance types sorted).
  let engine: CostEngine
  /// Step the architectures on several cores at once.
  public var parallel: Bool
  /// Price every billed month (`monthly.csv`, growth forecasts), list the assumptions
  /// (`assumptions.csv`) and gather the scaling events in time order (`scaling_events.csv`). Off,
  /// the result's `months`, assumptions and `events` are empty (each architecture's totals still
  /// count its events), the sizing requirements' details and the lines' bases are empty, and only
  /// the mean month is priced: all a sweep of thousands of runs reads.
  public var detailed: Bool
  /// Price every billed month even when not ``detailed`` (the result's `months` then hold bare
  /// priced lines): `uncertainty` reads each month's total of every sample for its monthly quantiles.
  public var pricesMonths: Bool

  /// Runs of at most this many steps keep the `peak` pass's local-disk sums for stepping (24 bytes
  /// a step per broker-local architecture: 1.5 MB) rather than working them out again; a longer
  /// run, such as a year of minutes, sums twice. Either way the sums are the same (a test checks it).
  var keptLocalSteps = 65_536

  /// Steps per block when the timeline is kept: the records of one block wait in memory
  /// (about 150 bytes each per architecture) until every architecture has stepped through it.
  static let blockSteps = 4_096

  public init(book: PriceBook, parallel: Bool = true, detailed: Bool = true) {
    self.book = book
    engine = CostEngine(book: book)
    self.parallel = parallel
    self.detailed = detailed
    pricesMonths = detailed
  }

  public func run<Sink: TimelineSink>(_ scenario: Scenario, timeline: inout Sink) throws(EngineError) -> SimulationResult {
    let issues = scenario.validate()
    guard issues.isEmpty else { throw .scenario(issues) }
    let inputs = RunInputs(scenario: scenario, book: book, parallel: parallel)
    var tracks = try makeTracks(inputs, stepCosts: Sink.keepsRecords)
    let count = inputs.grid.count
    if Sink.keepsRecords {
      // Two sets of blocks: while the architectures step through one, the sink takes the other's
      // records (the block before), step by step.
      var stepping = Array(repeating: [TrackStep](), count: tracks.count)
      var stepped = stepping
      withUnsafeMutablePointer(to: &timeline) { sink in
        nonisolated(unsafe) let sink = sink
        for first in stride(from: 0, to: count, by: Self.blockSteps) {
          let steps = first..<min(count, first + Self.blockSteps)
          let previous = stepped
          let emitPrevious = { Self.emit(previous, from: first - Self.blockSteps, inputs, to: &sink.pointee) }
          ParallelWork.forEach(&tracks, &stepping, parallel: parallel, alongside: emitPrevious) { _, track, block in
            block.removeAll(keepingCapacity: true)
            track.step(through: steps, inputs, records: &block, keep: true)
          }
          swap(&stepping, &stepped)
        }
        Self.emit(stepped, from: (count - 1) / Self.blockSteps * Self.blockSteps, inputs, to: &sink.pointee)
      }
    } else {
      ParallelWork.forEach(&tracks, parallel: parallel) { _, track in
        var none: [TrackStep] = []
        track.step(through: 0..<count, inputs, records: &none, keep: false)
      }
    }
    return try result(inputs, tracks: tracks)
  }

  /// Sizes each architecture for the peak step's load (choosing its instance type) and sets its
  /// starting count; with `stepCosts`, each track prices its steps for the timeline.
  func makeTracks(_ inputs: RunInputs, stepCosts: Bool) throws(EngineError) -> [ArchitectureTrack] {
    let scenario = inputs.scenario
    // The peak step's rates held in steady state (W·T): what the instance type is chosen for.
    var peak = Workload(feeds: scenario.feeds, topology: scenario.topology)
    peak.load(step: inputs.load.peakStep(), from: inputs)
    peak.explains = detailed
    let steady = peak
    let pricer = Pricer(book: book, monthHours: scenario.month.hours)
    var made = Array(repeating: Result<ArchitectureTrack, EngineError>.failure(.scenario([])), count: scenario.architectures.count)
    ParallelWork.forEach(&made, parallel: parallel) { [book, engine, detailed, keptLocalSteps] index, slot in
      slot = Result { () throws(EngineError) -> ArchitectureTrack in
        let spec = scenario.architectures[index]
        let at = "architectures[\(index)]"
        let deployment = spec.deployment(book.facts, clients: scenario.topology.clients)
        let sizing = try engine.sizing(deployment, workload: steady, pricer: pricer, hours: scenario.month.hours, at: at)
        try engine.checkPrices(deployment, on: sizing.instance, pricer: pricer, at: at)
        var track = ArchitectureTrack(
          spec: spec, index: index, sizing: sizing,
          assumptions: detailed ? CostEngine.assumptions(spec, deployment: deployment, at: at, scenario: scenario) : [],
          inputs: inputs, book: book, stepCosts: stepCosts, keepsEvents: detailed)
        track.start(inputs, keptLocalSteps: keptLocalSteps)
        if let step = track.peakStep {
          track.sizing = try Self.sizing(deployment, at: step, on: sizing.instance, inputs, localDisk: track.localDisk, explains: detailed, at: at)
        }
        return track
      }
    }
    // The first failing architecture's error, as a run in order would have thrown it.
    return try made.map { result throws(EngineError) in try result.get() }
  }

  /// `deployment` sized for the load of step `k` with the bytes held then (what a `peak` design's
  /// pass found binding): the count it runs, and `sizing.csv`'s figures at that step.
  static func sizing(
    _ deployment: any Deployment, at k: Int, on instance: InstanceType, _ inputs: RunInputs, localDisk: LocalDiskPlan?, explains: Bool,
    at key: String
  ) throws(EngineError) -> Sizing {
    var workload = Workload(feeds: inputs.scenario.feeds, topology: inputs.scenario.topology)
    workload.load(step: k, from: inputs)
    workload.step = inputs.load.sums(k, local: localDisk?.sums(k..<(k + 1), inputs.load)[0])
    workload.explains = explains
    do { return try deployment.size(workload, on: instance) } catch {
      throw .scenario([ScenarioIssue("\(key).\(error.key)", error.message)])
    }
  }

  /// Passes the records of the block from step `first` to `sink` in step order, architecture by
  /// architecture within a step.
  static func emit<Sink: TimelineSink>(_ blocks: [[TrackStep]], from first: Int, _ inputs: RunInputs, to sink: inout Sink) {
    guard let steps = blocks.first?.count else { return }
    let load = inputs.load
    blocks.withUnsafeBufferPointer { blocks in
      for i in 0..<steps {
        let k = first + i
        for (architecture, block) in blocks.enumerated() {
          let step = block[i]
          sink.accept(
            StepRecord(
              step: k, offset: inputs.grid.time(k), architecture: architecture, write: load.write[k],
              tailRead: load.tailRead[k], catchUpRead: load.catchUpRead[k], needed: step.needed, target: step.target,
              running: step.running, serving: step.serving, objectBytes: load.retainedTotal[k], localBytes: step.localBytes,
              cost: step.cost))
        }
      }
    }
  }
}
