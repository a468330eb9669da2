import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// YAML alias expansion is refused past a node budget, before Yams composes the text.
struct YAMLNodeBudgetTests {
  /// The issue's alias bomb: each level a list of nine aliases of the level before, the last used
  /// as a mapping key. `levels` levels expand to 9^levels scalars.
  static func bomb(levels: Int) -> String {
    let names = (0..<levels).map { "l\($0)" }
    var lines = ["l0: &l0 [\(Array(repeating: "\"x\"", count: 9).joined(separator: ","))]"]
    for (previous, name) in zip(names, names.dropFirst()) {
      lines.append("\(name): &\(name) [\(Array(repeating: "*\(previous)", count: 9).joined(separator: ","))]")
    }
    lines += ["? *\(names.last!)", ": x"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Ten levels (3.5 × 10^9 nodes; the issue's run passed 60 s) are refused at once, at the line
  /// where the count passes 1,000,000. Level k holds 1 + 9 × level k−1 nodes, from 10 for l0:
  /// l5 = 597,871, so the list of l6 (line 7) passes the budget at its second alias, 1 + 2 × 597,871.
  @Test func theIssuesAliasBombIsRefusedQuickly() throws {
    let started = Date()
    let e = try thrownInputError { () throws(InputError) in try YAMLNodeBudget.check(Self.bomb(levels: 10), file: "bomb.yaml") }
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(e.file == "bomb.yaml")
    #expect(e.line == 7)
    #expect(e.message == "YAML aliases expand to more than 1,000,000 nodes, the limit")
  }

  /// Counting by hand with a budget of 10: `a: &x [1, 2]` is 1 (key) + 3 (list and two items);
  /// `b: *x` adds 1 + 3; the root mapping is 1 + 8 = 9 nodes, within 10. A third alias makes 13.
  @Test func anAliasCountsAsWhatItNames() throws {
    try YAMLNodeBudget.check("a: &x [1, 2]\nb: *x\n", file: "f", budget: 9)
    let e = try thrownInputError { () throws(InputError) in
      try YAMLNodeBudget.check("a: &x [1, 2]\nb: *x\nc: *x\n", file: "f", budget: 10)
    }
    #expect(e.line == 3)
  }

  /// Reusing an anchored profile is an ordinary use of YAML and stays far under the budget.
  @Test func anchorsReusedAFewTimesAreFine() throws {
    let text = """
      version: 1
      name: anchors
      pricing: aws/us-east-1
      feeds:
        - {name: a, write: 10 MB/s, partitions: 6, profile: &p [{diurnal: {peak_hour: 20, peak_multiplier: 2}}]}
        - {name: b, write: 10 MB/s, partitions: 6, profile: *p}
        - {name: c, write: 10 MB/s, partitions: 6, profile: *p}

      """
    let scenario = try ScenarioLoader.parse(text, file: "anchors.yaml")
    #expect(scenario.feeds.map(\.profile) == Array(repeating: scenario.feeds[0].profile, count: 3))
  }

  /// Malformed YAML is left to Yams, which names its line and column.
  @Test func malformedYAMLPassesTheBudgetToYams() throws {
    try YAMLNodeBudget.check("a: [1, 2\n", file: "f")
  }
}
