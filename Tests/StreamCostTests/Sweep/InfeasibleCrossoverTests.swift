import Foundation
import Testing

@testable import StreamCost

/// Ranking and crossovers past infeasible architectures, and `--pair`, against totals given by a
/// formula: `flat` costs 100 but cannot be sized above x = 20, `steep` costs 10·x and cannot be
/// sized above x = 26, `cheap` costs 1 everywhere (when present).
struct InfeasibleCrossoverTests {
  static func outcome(_ x: Double, cheap: Bool = false) -> SweepOutcome {
    func arch(_ name: String, _ total: Double, limit: Double) -> SweepOutcome.Architecture {
      x > limit
        ? .infeasible(name: name, kind: .kafka, bindingLimit: "\(name) fits up to x = \(limit)")
        : SweepOutcome.Architecture(name: name, kind: .kafka, total: Decimal(total), categories: [], peakCount: 0, events: 0, hoursShort: 0)
    }
    var architectures = [arch("flat", 100, limit: 20), arch("steep", 10 * x, limit: 26)]
    if cheap { architectures.append(arch("cheap", 1, limit: .infinity)) }
    return SweepOutcome(architectures: architectures)
  }

  func run(_ option: String, mode: CrossoverSearch.Mode = .cheapest, cheap: Bool = false) throws -> [CrossoverSearch.Crossover] {
    let grid = try SweepGrid(axes: [try SweepAxis.parse(option)])
    let outcomes = (0..<grid.count).map { Self.outcome(grid.values(of: $0)[0].quantity!.value, cheap: cheap) }
    return CrossoverSearch.brackets(grid, outcomes: outcomes, mode: mode).map { bracket in
      CrossoverSearch.refine(bracket, grid: grid, outcomes: outcomes, wholeNumbers: false, mode: mode) {
        Self.outcome($0.value, cheap: cheap)
      }
    }
  }

  @Test func rankingAndCheapestLeaveOutInfeasibleArchitectures() {
    // At x = 21 flat (100) cannot be sized: steep (210) is cheapest although dearer.
    let outcome = Self.outcome(21)
    #expect(outcome.cheapest == 1)
    #expect(outcome.ranking == [1])
    #expect(outcome.architectures[0].totalValue == .infinity)
    #expect(outcome.hasInfeasible)
    #expect(Self.outcome(30).cheapest == nil)
    #expect(Self.outcome(30).ranking.isEmpty)
    #expect(Self.outcome(5).cheapest == 1 && Self.outcome(15).cheapest == 0 && !Self.outcome(15).hasInfeasible)
  }

  @Test func infeasibilityIsACrossoverAndUndecidedPointsAreSkipped() throws {
    // Grid 1, 5, 9, 13, 17, 21, 25, 29: steep, steep, steep, flat, flat, steep (flat infeasible),
    // steep, none (both infeasible). Brackets: 9…13 (cost, at 10) and 17…21 (flat stops at 20);
    // 25…29 decides nothing.
    let found = try run("x=1..30:4")
    #expect(found.map { [$0.cheapestBelow, $0.cheapestAbove] } == [["steep", "flat"], ["flat", "steep"]])
    #expect(abs(found[0].value!.value - 10) / 10 < 0.01)
    #expect(found[1].bracketLow!.value <= 20 && 20 <= found[1].bracketHigh!.value)
    #expect(found[1].bracketHigh!.value - found[1].bracketLow!.value <= 0.01 * found[1].bracketHigh!.value)
    // At 17 steep costs 170 against flat's 100; at 21 flat has no cost.
    #expect(abs(found[1].ratioBelow - 1.7) < 1e-9)
    #expect(found[1].ratioAbove == .infinity)
  }

  @Test func aPairCrossesWhereTheCheaperOfTheTwoChanges() throws {
    // `cheap` wins everywhere, so the cheapest never changes; flat and steep still cross at 10
    // and where flat becomes infeasible at 20, in either order of the pair.
    #expect(try run("x=1..30:4", cheap: true).isEmpty)
    for mode in [CrossoverSearch.Mode.pair(0, 1), .pair(1, 0)] {
      let found = try run("x=1..30:4", mode: mode, cheap: true)
      #expect(found.map { [$0.cheapestBelow, $0.cheapestAbove] } == [["steep", "flat"], ["flat", "steep"]])
      #expect(abs(found[0].value!.value - 10) / 10 < 0.01)
    }
  }

  @Test func pairNamesAreValidated() throws {
    let names = ["kafka", "shared-storage", "diskless"]
    #expect(try CrossoverSearch.Mode(pair: "diskless,kafka", names: names) == .pair(2, 0))
    #expect(try CrossoverSearch.Mode(pair: "kafka, shared-storage", names: names) == .pair(0, 1))
    let bad: [(String, String)] = [
      ("kafka", "give two architecture names, A,B"),
      ("kafka,shared-storage,diskless", "give two architecture names, A,B"),
      ("kafka,tiered", "'tiered' is not an architecture of the scenario"),
      ("kafka,", "'' is not an architecture of the scenario"),
      ("kafka,kafka", "the two architectures are the same"),
    ]
    for (text, message) in bad {
      #expect {
        try CrossoverSearch.Mode(pair: text, names: names)
      } throws: { error in
        let description = "\(error)"
        return description.hasPrefix("--pair \(text): \(message)")
          && description.hasSuffix("(accepted: two different names of: kafka, shared-storage, diskless)")
      }
    }
  }
}
