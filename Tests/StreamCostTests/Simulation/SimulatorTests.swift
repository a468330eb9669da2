import Foundation
import Testing

@testable import StreamCost

/// The time simulation (docs/model.md §5), checked against the steady-state engine and by hand.
struct SimulatorTests {
  static func scenario(
    _ workload: Workload, architectures: [ArchitectureSpec], horizon: TimeSpan = .hours(730), step: TimeSpan = .hours(1),
    profile: LoadProfile = .flat, events: [FailureEvent] = []
  ) -> Scenario {
    Scenario(
      name: "sim", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: workload.feeds,
      topology: workload.topology, architectures: architectures, time: TimeSettings(horizon: horizon, step: step),
      profile: profile, events: events)
  }

  static func named(_ config: ArchitectureSpec.Config, instance: String, scaling: ScalingConfig? = nil) -> ArchitectureSpec {
    var spec = ArchitectureSpec(config: config, scaling: scaling)
    switch spec.config {
    case .kafka(var c): c.instance = .named(instance); spec.config = .kafka(c)
    case .kafkaTiered(var c, let t): c.instance = .named(instance); spec.config = .kafkaTiered(c, t)
    case .sharedStorage(var c): c.instance = .named(instance); spec.config = .sharedStorage(c)
    case .diskless(var c): c.instance = .named(instance); spec.config = .diskless(c)
    }
    return spec
  }

  static func run(_ scenario: Scenario) throws -> SimulationResult {
    var sink = DiscardingSink()
    return try Simulator(book: TestBook.book).run(scenario, timeline: &sink)
  }

  /// A flat load over one 730-hour month, stepped hourly, bills exactly what the steady-state
  /// engine bills for the month, category by category, to the cent (docs/model.md §5; issue 3).
  @Test(arguments: [false, true]) func flatProfileEqualsSteadyState(workloadB: Bool) throws {
    let workload = workloadB ? Workloads.b() : Workloads.a()
    let scenario = Self.scenario(workload, architectures: ArchitectureSpec.defaults)
    let steady = try CostEngine(book: TestBook.book).compare(scenario)
    let simulated = try Self.run(scenario).comparison
    for (s, t) in zip(steady.results, simulated.results) {
      #expect(s.sizing.instance == t.sizing.instance)
      for category in CostCategory.allCases {
        #expect(ExactDecimal.round(s.cost(category), places: 2) == ExactDecimal.round(t.cost(category), places: 2), "\(s.name) \(category)")
      }
      #expect(ExactDecimal.round(s.total, places: 2) == ExactDecimal.round(t.total, places: 2), "\(s.name)")
    }
  }

  /// A controller type missing from the book stops the run at once, at its key, as the steady
  /// state reports it (CostEngineTests.unknownControllerInstanceIsReportedAtItsKey).
  @Test func unknownControllerInstanceIsReportedAtItsKey() {
    let spec = ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarge"), controllerInstance: "nope.large")))
    var records = CountedSink()
    #expect {
      try Simulator(book: TestBook.book).run(Self.scenario(Workloads.a(), architectures: [spec]), timeline: &records)
    } throws: { error in
      guard case .scenario(let issues) = error as? EngineError else { return false }
      return issues.first?.keyPath == "architectures[0].controller_instance"
    }
    #expect(records.count == 0)
  }
}

/// Counts the records it is given.
private struct CountedSink: TimelineSink {
  var count = 0
  mutating func accept(_ record: StepRecord) { count += 1 }
}
