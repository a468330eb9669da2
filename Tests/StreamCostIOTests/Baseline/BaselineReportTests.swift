import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// What `baseline check` and `baseline update` print.
struct BaselineReportTests {
  func line(_ scenario: String, _ architecture: String, _ category: String, _ amount: String) -> BaselineDelta.Line {
    BaselineDelta.Line(scenario: scenario, architecture: architecture, category: category, amount: Decimal(string: amount)!)
  }

  @Test func aPassingCheckIsOneLine() throws {
    let lines = [line("a", "kafka", "compute", "1"), line("b", "kafka", "compute", "2")]
    let delta = try BaselineDelta(baseline: lines, now: lines)
    #expect(BaselineReport.passed(delta) == "baseline check: 2 scenarios, 2 lines within 0.5%\n")
  }

  /// 1,000 → 1,250 is +25.0 %; 0 → 3 has no percentage ("was 0"); missing sides are named.
  @Test func aFailingCheckPrintsTheDeltaTableAndNamesMissingFiles() throws {
    let delta = try BaselineDelta(
      baseline: [
        line("telco", "kafka", "compute", "1000"), line("telco", "kafka", "object_requests", "0"),
        line("telco", "kafka-old", "total", "5"), line("retired", "kafka", "total", "1"),
      ],
      now: [
        line("telco", "kafka", "compute", "1250"), line("telco", "kafka", "object_requests", "3"),
        line("fresh", "diskless", "total", "2"),
      ])
    let text = BaselineReport.failed(delta, scenarios: "scenarios", baselines: "scenarios/baselines")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "baseline check failed: 5 difference(s) in 3 scenarios; 2 of 2 lines moved beyond 0.5%")
    // Columns as wide as their widest cell, numbers right-aligned (TextTable).
    #expect(lines[2] == "scenario  architecture  category         baseline       now  change")
    #expect(lines[6] == "telco     kafka         compute          1,000.00  1,250.00  +25.0%")
    let words = lines.map { $0.split(separator: " ").map(String.init) }
    #expect(words.contains(["telco", "kafka", "object_requests", "0.00", "3.00", "was", "0"]))
    #expect(words.contains(["telco", "kafka-old", "(all)", "—", "—", "architecture", "no", "longer", "in", "scenario"]))
    #expect(words.contains(["fresh", "(all)", "(all)", "—", "—", "no", "baseline", "file"]))
    #expect(words.contains(["retired", "(all)", "(all)", "—", "—", "no", "scenario", "file"]))
    #expect(lines.contains("fresh: no baseline file scenarios/baselines/fresh.csv; `streamcost baseline update` writes it"))
    #expect(
      lines.contains(
        "retired: baseline scenarios/baselines/retired.csv has no scenario scenarios/retired.yaml; `streamcost baseline update` removes it"))
    #expect(lines.last == "If these changes are intended, run `streamcost baseline update` and commit scenarios/baselines.")
  }

  @Test func updateListsEveryFileWithWhatHappened() {
    let text = BaselineReport.updated(
      [.init(kind: .new, file: "b/a.csv"), .init(kind: .unchanged, file: "b/b.csv"), .init(kind: .removed, file: "b/c.csv")],
      scenarioCount: 2, baselines: "b")
    #expect(
      text == """
        baseline update: 2 scenarios → b
          new        b/a.csv
          unchanged  b/b.csv
          removed    b/c.csv (its scenario no longer exists)

        """)
  }
}
