import Foundation
import Testing

@testable import StreamCost

/// Step convergence and billing from launch (docs/model.md §5), as properties of generated
/// scenarios (``ScenarioGenerator``, seeds 1…200): the same scenario stepped at 1 minute, 5 minutes,
/// 15 minutes and 1 hour bills the same within 1 %, is short the same hours and moves the same data.
struct StepConvergenceTests {
  static let seeds: [UInt64] = Array(1...200)
  static let coarser: [TimeSpan] = [.minutes(5), .minutes(15), .hours(1)]
  /// Hours each generated scenario runs: 1-minute runs are the cost of these tests.
  static let hours = 36

  static func run(_ scenario: Scenario, step: TimeSpan) throws -> SimulationResult {
    var stepped = scenario
    stepped.time.step = step
    return try SimulatorTests.run(stepped)
  }

  static func total(_ result: SimulationResult, _ a: Int) -> Double {
    NSDecimalNumber(decimal: result.comparison.results[a].total).doubleValue
  }

  /// Every architecture's total at 5 min, 15 min and 1 h is within 1 % of the 1-minute run's; its
  /// hours short within 10 % or half an hour; the data its changes move within 10 % (or 1 GB).
  @Test func coarseStepsAgreeWithOneMinuteSteps() throws {
    var failures: [String] = []
    for seed in Self.seeds {
      var generator = ScenarioGenerator(seed: seed)
      let scenario = generator.scenario(hours: Self.hours, smooth: false)
      let fine = try Self.run(scenario, step: .minutes(1))
      for step in Self.coarser {
        let coarse = try Self.run(scenario, step: step)
        for a in scenario.architectures.indices {
          let name = "seed \(seed) \(scenario.architectures[a].name) \(scenario.architectures[a].scaling.policy) at \(step.seconds) s"
          let (f, c) = (Self.total(fine, a), Self.total(coarse, a))
          if abs(c - f) > 0.01 * f { failures.append("\(name): total \(c) vs \(f)") }
          let (fs, cs) = (fine.totals[a].hoursShort, coarse.totals[a].hoursShort)
          if abs(cs - fs) > max(0.5, 0.1 * fs) { failures.append("\(name): hours short \(cs) vs \(fs)") }
          let (fm, cm) = (fine.totals[a].bytesMoved, coarse.totals[a].bytesMoved)
          if abs(cm - fm) > max(1e9, 0.1 * fm) { failures.append("\(name): bytes moved \(cm) vs \(fm)") }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) disagreements:\n\(failures.prefix(40).joined(separator: "\n"))")
  }
}
