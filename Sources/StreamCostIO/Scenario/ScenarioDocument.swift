import StreamCost

/// A scenario as read from its file, with the line of every key, so that problems
/// found later (while pricing) still point at a line.
public struct ScenarioDocument: Sendable {
  public var scenario: Scenario
  public var file: String
  /// Line of each key path the file set.
  public var lines: [String: Int]
  /// The measured-series CSV files the scenario read, as resolved paths: inputs as much as the
  /// scenario text, so the ledger keeps them with a run.
  public var seriesFiles: [String]

  public init(scenario: Scenario, file: String, lines: [String: Int], seriesFiles: [String] = []) {
    self.scenario = scenario
    self.file = file
    self.lines = lines
    self.seriesFiles = seriesFiles
  }

  /// The line of `path`, or of its nearest parent in the file (`feeds[0].write` → `feeds[0]` → `feeds`).
  public func line(of path: String) -> Int? {
    var candidate = path
    while !candidate.isEmpty {
      if let line = lines[candidate] { return line }
      guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      candidate = String(candidate[..<cut])
    }
    return nil
  }

  /// Simulates the scenario over its horizon with `book`, streaming the timeline to `timeline`,
  /// and places the engine's problems in the file they concern: scenario issues at their line
  /// here, missing rows in the price book. `parallel` and `detailed` are ``Simulator``'s options:
  /// a sweep, which runs many scenarios side by side and reads only the mean month, turns both off.
  public func simulated<Sink: TimelineSink>(
    with book: PriceBook, timeline: inout Sink, parallel: Bool = true, detailed: Bool = true
  ) throws(InputErrors) -> SimulationResult {
    try simulated(by: Simulator(book: book, parallel: parallel, detailed: detailed), timeline: &timeline)
  }

  /// ``simulated(with:timeline:parallel:detailed:)`` by a simulator made once for many scenarios
  /// (a sweep worker's), which keeps its book's instance types sorted for sizing.
  public func simulated<Sink: TimelineSink>(by simulator: Simulator, timeline: inout Sink) throws(InputErrors) -> SimulationResult {
    do {
      return try simulator.run(scenario, timeline: &timeline)
    } catch {
      switch error {
      case .scenario(let issues): throw InputErrors(issues.map(self.error))
      case .pricing(let problem): throw InputErrors([InputError(file: simulator.book.info.location, message: problem.description)])
      }
    }
  }

  /// The simulated mean month, without a timeline: what `compare` shows and baselines keep.
  public func priced(with book: PriceBook) throws(InputErrors) -> Comparison {
    var sink = DiscardingSink()
    return try simulated(with: book, timeline: &sink).comparison
  }

  /// A scenario issue placed in this file.
  public func error(_ issue: ScenarioIssue) -> InputError {
    InputError(file: file, line: line(of: issue.keyPath), field: issue.keyPath, message: issue.message, accepted: issue.accepted)
  }
}
