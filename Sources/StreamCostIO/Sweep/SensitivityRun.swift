import Foundation
import StreamCost

/// A sensitivity run: the scenario as written, then each assumption at its low and at its high
/// value with everything else as written, simulated in parallel.
public struct SensitivityRun: Sendable {
  public let template: SweepTemplate
  /// The assumptions that apply to the scenario (those whose key no architecture has are left out,
  /// and, after ``leavingOutUnbilled(in:)``, the price groups that bill nothing).
  public private(set) var parameters: [SensitivityParameter]
  /// Assumptions left out because they apply to nothing in the scenario: no architecture has their
  /// key, or (after ``leavingOutUnbilled(in:)``) their price group bills nothing in any architecture.
  public private(set) var skipped: [String]

  public init(template: SweepTemplate, parameters: [SensitivityParameter]) {
    self.template = template
    let kinds = Set(template.base.scenario.architectures.map(\.kind))
    var kept: [SensitivityParameter] = []
    var skipped: [String] = []
    for parameter in parameters {
      if case .architectureKey(_, let applies) = parameter.target, kinds.isDisjoint(with: applies) {
        skipped.append(parameter.name)
      } else {
        kept.append(parameter)
      }
    }
    self.parameters = kept
    self.skipped = skipped
  }

  /// The scenario as written, simulated once: what ``leavingOutUnbilled(in:)`` reads.
  public func baseOutcome() throws -> SweepOutcome {
    try template.makeWorker().outcome([])
  }

  /// This run without the price groups whose cost categories are 0 in every architecture of
  /// `base` (e.g. `price.object_storage` when the scenario has only `kafka`): scaling a price that
  /// bills nothing moves no total, so its swing would be 0 by construction.
  public func leavingOutUnbilled(in base: SweepOutcome) -> SensitivityRun {
    var run = self
    run.parameters = []
    for parameter in parameters {
      if case .price(let group) = parameter.target, !base.bills(group) {
        run.skipped.append(parameter.name)
      } else {
        run.parameters.append(parameter)
      }
    }
    return run
  }

  /// Settings and book for parameter `p` at `value`.
  func inputs(_ p: Int, _ value: SweepQuantity) -> (settings: [SweepSetting], book: PriceBook) {
    let parameter = parameters[p]
    switch parameter.target {
    case .price(let group):
      return ([], group.scaled(template.book, by: value.value))
    case .architectureKey(let key, let kinds):
      let settings = template.base.scenario.architectures.indices.compactMap { a -> SweepSetting? in
        let spec = template.base.scenario.architectures[a]
        guard kinds.contains(spec.kind) else { return nil }
        let path = ScenarioKeyPath(
          written: "architectures[\(a)].\(key)", target: .node([.key("architectures"), .index(a), .key(key)]),
          wholeNumber: ScenarioKeyPath.wholeNumberKeys.contains(key))
        return SweepSetting(path: path, text: value.scenarioText, origin: "sensitivity \(parameter.name)=\(value.label)")
      }
      return (settings, template.book)
    }
  }

  /// Base, then each parameter's low and high outcomes.
  public func outcomes(jobs: Int, progress: (@Sendable () -> Void)? = nil) async throws
    -> (base: SweepOutcome, low: [SweepOutcome], high: [SweepOutcome])
  {
    let run = self
    let count = 1 + 2 * parameters.count
    let all = try await SweepRunner.map(count: count, jobs: jobs, progress: progress) {
      let worker = try run.template.makeWorker()
      return { index in
        guard index > 0 else { return try worker.outcome([]) }
        let p = (index - 1) / 2
        let inputs = run.inputs(p, index % 2 == 1 ? run.parameters[p].low : run.parameters[p].high)
        return try worker.outcome(inputs.settings, book: inputs.book)
      }
    }
    return (all[0], stride(from: 1, to: count, by: 2).map { all[$0] }, stride(from: 2, to: count, by: 2).map { all[$0] })
  }
}

extension SweepOutcome {
  /// Whether any architecture has a non-zero cost in one of `group`'s categories.
  func bills(_ group: PriceGroup) -> Bool {
    let ranks = group.categories.map(\.rank)
    return architectures.contains { architecture in ranks.contains { architecture.categories[$0] != 0 } }
  }
}
