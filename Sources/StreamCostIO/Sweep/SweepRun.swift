import Foundation
import StreamCost

/// A sweep of one scenario: every combination of the varied values simulated in parallel, then
/// the crossovers refined. Results come back in combination order whatever the number of jobs.
public struct SweepRun: Sendable {
  public let template: SweepTemplate
  public let grid: SweepGrid
  /// One resolved key path per axis.
  public let paths: [ScenarioKeyPath]

  /// Resolves every axis's key path and reads the scenario once with each value (the other
  /// parameters as the scenario has them), so a bad path or value fails before anything runs.
  public init(template: SweepTemplate, grid: SweepGrid) throws {
    self.template = template
    self.grid = grid
    var paths: [ScenarioKeyPath] = []
    for axis in grid.axes {
      let path = try template.resolve(axis.path)
      if path.target == .workloadWrite, axis.dimension != .rate {
        throw SweepError(
          option: "--vary \(axis.path)", message: "workload.write takes data rates", accepted: "e.g. workload.write=50MB/s..2GB/s:x2")
      }
      paths.append(path)
    }
    self.paths = paths
    let worker = try template.makeWorker()
    for (a, axis) in grid.axes.enumerated() {
      for value in axis.values {
        do {
          _ = try worker.document([Self.setting(paths[a], axis: axis, value: value)])
        } catch let errors as InputErrors {
          throw SweepError(option: "--vary \(axis.path)=\(value.label)", message: errors.errors.map(\.description).joined(separator: "; "))
        }
      }
    }
  }

  /// The scenario's architecture names, in scenario order: what `--pair` accepts.
  public var architectureNames: [String] { template.base.scenario.architectures.map(\.name) }

  static func setting(_ path: ScenarioKeyPath, axis: SweepAxis, value: SweepAxis.Value) -> SweepSetting {
    SweepSetting(path: path, text: value.scenarioText, origin: "--vary \(axis.path)=\(value.label)")
  }

  /// The settings of combination `index`.
  public func settings(_ index: Int) -> [SweepSetting] {
    zip(grid.axes.indices, grid.values(of: index)).map { a, value in Self.setting(paths[a], axis: grid.axes[a], value: value) }
  }

  /// Every combination's outcome, in combination order.
  public func outcomes(jobs: Int, progress: (@Sendable () -> Void)? = nil) async throws -> [SweepOutcome] {
    let run = self
    return try await SweepRunner.map(count: grid.count, jobs: jobs, progress: progress) {
      let worker = try run.template.makeWorker()
      return { index in try worker.outcome(run.settings(index), markingInfeasible: true) }
    }
  }

  /// Every crossover of the grid between the architectures `mode` compares, refined by bisection
  /// with real simulations, in bracket order.
  public func crossovers(
    _ outcomes: [SweepOutcome], mode: CrossoverSearch.Mode = .cheapest, jobs: Int, progress: (@Sendable () -> Void)? = nil
  ) async throws -> [CrossoverSearch.Crossover] {
    let brackets = CrossoverSearch.brackets(grid, outcomes: outcomes, mode: mode)
    let run = self
    return try await SweepRunner.map(count: brackets.count, jobs: jobs, progress: progress) {
      let worker = try run.template.makeWorker()
      return { index in
        let bracket = brackets[index]
        let axis = run.grid.axes[bracket.axis]
        let wholeNumbers = run.paths[bracket.axis].wholeNumber
        return try CrossoverSearch.refine(
          bracket, grid: run.grid, outcomes: outcomes, wholeNumbers: wholeNumbers, mode: mode
        ) { value in
          var settings = run.settings(bracket.lower)
          settings[bracket.axis] = SweepSetting(
            path: run.paths[bracket.axis], text: value.scenarioText, origin: "--vary \(axis.path)=\(value.label) (bisection)")
          return try worker.outcome(settings, markingInfeasible: true)
        }
      }
    }
  }
}
