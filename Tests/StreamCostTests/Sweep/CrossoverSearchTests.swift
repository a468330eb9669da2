import Foundation
import Testing

@testable import StreamCost

/// Brackets found on the grid and refined by bisection, against totals given by a formula.
struct CrossoverSearchTests {
  /// Two architectures: `flat` costs 100 whatever x; `steep` costs 10·x. They cross at x = 10.
  static func outcome(_ x: Double) -> SweepOutcome {
    func arch(_ name: String, _ total: Double) -> SweepOutcome.Architecture {
      SweepOutcome.Architecture(
        name: name, kind: .kafka, total: Decimal(total), categories: [], peakCount: 0, events: 0, hoursShort: 0)
    }
    return SweepOutcome(architectures: [arch("flat", 100), arch("steep", 10 * x)])
  }

  func run(_ option: String, wholeNumbers: Bool = false) throws -> [CrossoverSearch.Crossover] {
    let grid = try SweepGrid(axes: [try SweepAxis.parse(option)])
    let outcomes = (0..<grid.count).map { Self.outcome(grid.values(of: $0)[0].quantity!.value) }
    return CrossoverSearch.brackets(grid, outcomes: outcomes).map { bracket in
      CrossoverSearch.refine(bracket, grid: grid, outcomes: outcomes, wholeNumbers: wholeNumbers) { Self.outcome($0.value) }
    }
  }

  @Test func linearBisectionFindsTheSwitchWithinOnePercent() throws {
    let found = try run("x=1..30:4")
    #expect(found.count == 1)
    let c = try #require(found.first)
    #expect(c.cheapestBelow == "steep")
    #expect(c.cheapestAbove == "flat")
    #expect(abs(c.value!.value - 10) / 10 < 0.01)
    #expect(c.bracketHigh!.value - c.bracketLow!.value <= 0.01 * c.bracketHigh!.value)
    // Grid points 9 and 13: 100/90 below, 130/100 above.
    #expect(abs(c.ratioBelow - 100.0 / 90) < 1e-9)
    #expect(abs(c.ratioAbove - 1.3) < 1e-9)
  }

  @Test func geometricRangesBisectInLogSpace() throws {
    let c = try #require(try run("x=1..64:x2").first)
    #expect(abs(c.value!.value - 10) / 10 < 0.01)
    #expect(c.bracketLow!.value < 10 && c.bracketHigh!.value >= 10)
  }

  @Test func wholeNumbersStopAtAdjacentIntegers() throws {
    let c = try #require(try run("x=1..31:5", wholeNumbers: true).first)
    // steep is cheaper while 10·x < 100; at x = 10 they tie and the first listed (flat) wins.
    #expect(c.bracketLow!.value == 9)
    #expect(c.bracketHigh!.value == 10)
    #expect(c.value!.value == 10)
  }

  @Test func linesAreWalkedInIncreasingOrderForUnsortedLists() throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("x=30,1,12")])
    let outcomes = (0..<grid.count).map { Self.outcome(grid.values(of: $0)[0].quantity!.value) }
    let brackets = CrossoverSearch.brackets(grid, outcomes: outcomes)
    #expect(brackets.count == 1)
    #expect(grid.values(of: brackets[0].lower)[0].label == "1")
    #expect(grid.values(of: brackets[0].upper)[0].label == "12")
  }

  @Test func eachLineThroughAnotherParameterHasItsOwnCrossover() throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("x=1..30:4"), try SweepAxis.parse("k=a,b")])
    let outcomes = (0..<grid.count).map { Self.outcome(grid.values(of: $0)[0].quantity!.value) }
    let brackets = CrossoverSearch.brackets(grid, outcomes: outcomes)
    #expect(brackets.count == 2)
    #expect(brackets.allSatisfy { $0.axis == 0 })
  }
}
