import Foundation

/// Prices every architecture of a scenario for one steady month.
///
/// The load is constant at the feeds' average rates, every architecture is
/// sized for it with the topology's headroom, and the month is the scenario's
/// month convention. Pure: same scenario and book, same result.
public struct CostEngine: Sendable {
  public let book: PriceBook
  /// The book's instance types by name: the candidates of every `cheapest` search, sorted once.
  let instances: [InstanceType]
  /// Each instance type's price per hour in floating point, for ranking.
  let hourly: [Double]
  /// What is worked out once per deployment and month length, with this book: every pricer the
  /// engine is given must price with its own book (each caller makes it from ``book``).
  let memo = EngineMemo()

  public init(book: PriceBook) {
    self.book = book
    instances = book.sortedInstances
    hourly = instances.map(\.pricePerHour.doubleValue)
  }

  /// Compares every architecture of `scenario`. The scenario must have passed `validate()`.
  public func compare(_ scenario: Scenario) throws(EngineError) -> Comparison {
    let issues = scenario.validate()
    guard issues.isEmpty else { throw .scenario(issues) }
    let workload = Workload(feeds: scenario.feeds, topology: scenario.topology)
    let pricer = Pricer(book: book, monthHours: scenario.month.hours)
    var results: [ArchitectureResult] = []
    for (index, spec) in scenario.architectures.enumerated() {
      let at = "architectures[\(index)]"
      let deployment = spec.deployment(book.facts, clients: scenario.topology.clients)
      let priced = try evaluate(deployment, workload: workload, pricer: pricer, hours: scenario.month.hours, at: at)
      let assumptions = Self.assumptions(spec, deployment: deployment, at: at, scenario: scenario)
      results.append(
        ArchitectureResult(name: spec.name, kind: spec.kind, sizing: priced.sizing, lines: priced.lines, assumptions: assumptions))
    }
    return Comparison(
      scenario: scenario.name, description: scenario.description, book: book.info, month: scenario.month,
      results: results, assumptions: ScenarioAssumptions.list(for: scenario))
  }

  /// The architecture's parameters as assumptions, with their origin (scenario or default).
  static func assumptions(_ spec: ArchitectureSpec, deployment: any Deployment, at: String, scenario: Scenario) -> [Assumption] {
    (deployment.parameters + spec.scaling.parameters).map { parameter in
      Assumption(
        scope: spec.name, name: "\(at).\(parameter.key)", value: parameter.value, unit: parameter.unit,
        origin: scenario.explicitKeys.contains("\(at).\(parameter.key)") ? .scenario : .default,
        source: parameter.source, uncertain: parameter.uncertain)
    } + ColumnAssumptions.list(spec, at: at, scenario: scenario)
  }

  /// Sizes and prices one architecture, choosing the cheapest instance type when asked.
  func evaluate(
    _ deployment: any Deployment, workload: Workload, pricer: Pricer, hours: Double, at: String
  ) throws(EngineError) -> (sizing: Sizing, lines: [CostLine]) {
    let sizing = try sizing(deployment, workload: workload, pricer: pricer, hours: hours, at: at)
    return (sizing, try price(deployment, workload, sizing, pricer, hours, at: at))
  }

  /// Sizes one architecture, choosing the cheapest instance type when asked: what a simulation
  /// needs from the steady state, which prices its own months.
  func sizing(
    _ deployment: any Deployment, workload: Workload, pricer: Pricer, hours: Double, at: String
  ) throws(EngineError) -> Sizing {
    switch deployment.instanceChoice {
    case .named(let name):
      let instance: InstanceType
      do { instance = try book.instance(name) } catch {
        throw .scenario([ScenarioIssue("\(at).\(deployment.instanceKey)", error.description)])
      }
      do { return try deployment.size(workload, on: instance) } catch {
        throw .scenario([ScenarioIssue("\(at).\(error.key)", error.message)])
      }
    case .cheapest:
      var failures: [(instance: InstanceType, failure: SizingFailure)] = []
      for index in try rankedIndices(deployment, workload: workload, pricer: pricer, hours: hours, at: at) {
        do { return try deployment.size(workload, on: instances[index]) } catch {
          failures.append((instances[index], error))
        }
      }
      // The limit that binds is the one the most capable type still meets: a smaller type's
      // network may fail first, but no type can get past what fails the largest.
      let binding = failures.max { Self.capability($0.instance) < Self.capability($1.instance) }
      let reason = binding.map { ": even \($0.instance.name), the largest type tried, fails: \($0.failure.message)" } ?? ""
      throw .scenario([
        ScenarioIssue(
          "\(at).\(deployment.instanceKey)",
          "no instance type in price book \(book.info.label) can run \(deployment.kind.rawValue) for this workload\(reason)")
      ])
    }
  }

  /// How much an instance type can carry, to order types by size: baseline network, then vCPUs,
  /// then local NVMe, then the name (so the order is total).
  static func capability(_ type: InstanceType) -> (Double, Int, Double, String) {
    (type.networkBaseline.bytesPerSecond, type.vcpus, type.localNVMe?.bytes ?? 0, type.name)
  }

  /// Checks that every line's price is in the book, in a unit that fits its meter: what pricing
  /// the steady state would have reported, for a simulation that sizes the steady state but
  /// prices only its own months, at the end of the run.
  func checkPrices(_ lines: [MeterLine], pricer: Pricer, at: String) throws(EngineError) {
    for line in lines { _ = try approximateCost(line, 0, pricer, at: at) }
  }

  /// ``checkPrices(_:pricer:at:)`` on `deployment`'s lines on `instance` and the rebalance lines,
  /// once per deployment, instance type and month length (a check that passed passes again).
  func checkPrices(_ deployment: any Deployment, on instance: InstanceType, pricer: Pricer, at: String) throws(EngineError) {
    assert(pricer.book.info == book.info, "the memo holds checks of the engine's own book")
    let key = EngineMemo.key(deployment, monthHours: pricer.monthHours, instance: instance.name)
    if memo.isChecked(key) { return }
    try checkPrices(deployment.meterLines(on: instance) + ArchitectureTrack.rebalanceLines, pricer: pricer, at: at)
    memo.remember(checked: key)
  }

  func price(
    _ deployment: any Deployment, _ workload: Workload, _ sizing: Sizing, _ pricer: Pricer, _ hours: Double, at: String
  ) throws(EngineError) -> [CostLine] {
    do {
      return try pricer.price(deployment.usage(workload, sizing: sizing, hours: hours))
    } catch {
      throw Self.engineError(error, at: at)
    }
  }

  /// A pricing problem: an unknown controller type is the scenario's to fix, anything else the book's.
  static func engineError(_ error: PricingError, at: String) -> EngineError {
    if case .unknownInstance = error {
      return .scenario([ScenarioIssue("\(at).controller_instance", error.description)])
    }
    return .pricing(error)
  }
}

/// Why a comparison could not be made.
public enum EngineError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The scenario breaks a rule, or asks for something the book cannot serve.
  case scenario([ScenarioIssue])
  /// The price book lacks a row the model needs.
  case pricing(PricingError)

  public var description: String {
    switch self {
    case .scenario(let issues): issues.map(\.description).joined(separator: "\n")
    case .pricing(let error): error.description
    }
  }
}
