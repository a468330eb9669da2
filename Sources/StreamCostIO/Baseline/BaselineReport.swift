import Foundation
import StreamCost

/// What `streamcost baseline check` and `baseline update` print.
public enum BaselineReport {
  /// One line when every line is within tolerance:
  /// `baseline check: 5 scenarios, 200 lines within 0.5%`.
  public static func passed(_ delta: BaselineDelta) -> String {
    "baseline check: \(delta.scenarioCount) scenarios, \(delta.linesCompared) lines within \(Format.percent(delta.tolerance))\n"
  }

  /// The failures as a table (scenario, architecture, category, baseline, now, change), then how
  /// to accept them. `scenarios` and `baselines` are the folders, to name missing files.
  public static func failed(_ delta: BaselineDelta, scenarios: String, baselines: String) -> String {
    let moved = delta.mismatches.filter { $0.kind == .moved }.count
    var out = "baseline check failed: \(delta.mismatches.count) difference(s) in \(delta.scenarioCount) scenarios; "
    out += "\(moved) of \(delta.linesCompared) lines moved beyond \(Format.percent(delta.tolerance))\n"
    out += "monthly cost in each scenario's book currency; change = (now − baseline) ÷ baseline\n\n"
    var table = TextTable(
      header: ["scenario", "architecture", "category", "baseline", "now", "change"],
      alignments: [.left, .left, .left, .right, .right, .left])
    table.rows = delta.mismatches.map { m in
      [m.scenario, m.architecture ?? "(all)", m.category ?? "(all)", money(m.baseline), money(m.now), note(m)]
    }
    out += table.render()
    let missing = delta.mismatches.filter { $0.architecture == nil }
    if !missing.isEmpty { out += "\n" + missing.map { missingFile($0, scenarios: scenarios, baselines: baselines) }.joined() }
    out += "\nIf these changes are intended, run `streamcost baseline update` and commit \(baselines).\n"
    return out
  }

  /// The change column: the signed percentage, or why the line is on one side only.
  static func note(_ m: BaselineDelta.Mismatch) -> String {
    switch (m.kind, m.architecture, m.category) {
    case (.moved, _, _): m.relativeChange.map { SignedPercent.text($0) } ?? "was 0"
    case (.onlyNow, nil, _): "no baseline file"
    case (.onlyInBaseline, nil, _): "no scenario file"
    case (.onlyNow, _, nil): "architecture not in baseline"
    case (.onlyInBaseline, _, nil): "architecture no longer in scenario"
    case (.onlyNow, _, _): "category not in baseline"
    case (.onlyInBaseline, _, _): "category no longer computed"
    }
  }

  /// A sentence naming the file that is missing for a whole scenario.
  static func missingFile(_ m: BaselineDelta.Mismatch, scenarios: String, baselines: String) -> String {
    let baseline = BaselineFolder.path(for: m.scenario, in: baselines)
    let scenario = (scenarios as NSString).appendingPathComponent("\(m.scenario).\(ScenarioFolder.fileExtension)")
    return m.kind == .onlyNow
      ? "\(m.scenario): no baseline file \(baseline); `streamcost baseline update` writes it\n"
      : "\(m.scenario): baseline \(baseline) has no scenario \(scenario); `streamcost baseline update` removes it\n"
  }

  static func money(_ value: Decimal?) -> String { value.map { Format.grouped($0, places: 2) } ?? "—" }

  /// `baseline update`: one line per file with what happened to it.
  public static func updated(_ changes: [BaselineFolder.FileChange], scenarioCount: Int, baselines: String) -> String {
    var out = "baseline update: \(scenarioCount) scenarios → \(baselines)\n"
    for change in changes {
      let reason = change.kind == .removed ? " (its scenario no longer exists)" : ""
      out += "  " + change.kind.rawValue.padding(toLength: longestKind, withPad: " ", startingAt: 0) + "  \(change.file)\(reason)\n"
    }
    return out
  }

  static let longestKind = BaselineFolder.FileChange.Kind.unchanged.rawValue.count
}
