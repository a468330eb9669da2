import Foundation

/// A sweep past grid points at which some architecture cannot be sized: those architectures are
/// marked infeasible, with the limit that binds, and the others are simulated as usual.
///
/// An architecture is infeasible at a point when the instance type it names, or every type of the
/// book it accepts (for `cheapest`), fails the sizing checks for the peak step's load: the same
/// checks, on the same load, as the simulation's own sizing. Anything else that stops a
/// simulation (a bad value, a missing price) is not infeasibility, and the caller reports it.
extension Simulator {
  /// The outcome of `scenario` with its unsizable architectures marked infeasible; nil when every
  /// architecture can be sized, or when the others fail too (then the simulation's own error stands).
  public func outcomeMarkingInfeasible(_ scenario: Scenario) -> SweepOutcome? {
    let limits = bindingLimits(scenario)
    guard !limits.isEmpty else { return nil }
    var rest = scenario
    rest.architectures = scenario.architectures.indices.filter { limits[$0] == nil }.map { scenario.architectures[$0] }
    var simulated: [SweepOutcome.Architecture] = []
    if !rest.architectures.isEmpty {
      var sink = DiscardingSink()
      guard let result = try? run(rest, timeline: &sink) else { return nil }
      simulated = SweepOutcome(result).architectures
    }
    var next = simulated.makeIterator()
    return SweepOutcome(
      architectures: scenario.architectures.indices.map { index in
        let spec = scenario.architectures[index]
        guard let limit = limits[index] else { return next.next()! }
        return .infeasible(name: spec.name, kind: spec.kind, bindingLimit: limit)
      })
  }

  /// The binding limit of each architecture of `scenario` that cannot be sized for its peak step, by index.
  func bindingLimits(_ scenario: Scenario) -> [Int: String] {
    guard scenario.validate().isEmpty else { return [:] }
    let inputs = RunInputs(scenario: scenario, book: book)
    var peak = Workload(feeds: scenario.feeds, topology: scenario.topology)
    peak.load(step: inputs.load.peakStep(), from: inputs)
    var limits: [Int: String] = [:]
    for (index, spec) in scenario.architectures.enumerated() {
      limits[index] = bindingLimit(spec.deployment(book.facts, clients: scenario.topology.clients), workload: peak)
    }
    return limits
  }

  /// Why `deployment` cannot be sized for `workload`, or nil when it can (or when its instance
  /// type is not in the book, which is a bad value, not infeasibility). The message names the
  /// type and the check it fails: for `cheapest`, the failure of the most capable type accepted,
  /// which no smaller type gets past either.
  func bindingLimit(_ deployment: any Deployment, workload: Workload) -> String? {
    var failures: [(instance: InstanceType, failure: SizingFailure)] = []
    switch deployment.instanceChoice {
    case .named(let name):
      guard let instance = try? book.instance(name) else { return nil }
      do { _ = try deployment.size(workload, on: instance) } catch { failures.append((instance, error)) }
    case .cheapest:
      for instance in engine.instances where deployment.accepts(instance) {
        do {
          _ = try deployment.size(workload, on: instance)
          return nil
        } catch {
          failures.append((instance, error))
        }
      }
    }
    let binding = failures.max { CostEngine.capability($0.instance) < CostEngine.capability($1.instance) }
    return binding.map { "\($0.instance.name): \($0.failure.message)" }
  }
}
