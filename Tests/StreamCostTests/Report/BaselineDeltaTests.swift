import Foundation
import Testing

@testable import StreamCost

/// Baseline comparison: the tolerance rule |now − baseline| > t × |baseline| checked at its edges,
/// zero baselines, and scenarios, architectures and categories present on one side only.
struct BaselineDeltaTests {
  typealias Line = BaselineDelta.Line

  func line(_ scenario: String = "s", _ architecture: String = "kafka", _ category: String = "compute", amount: String) -> Line {
    Line(scenario: scenario, architecture: architecture, category: category, amount: TestBook.decimal(amount))
  }

  func delta(_ baseline: [Line], _ now: [Line], tolerance: Fraction = BaselineDelta.defaultTolerance) throws -> BaselineDelta {
    try BaselineDelta(baseline: baseline, now: now, tolerance: tolerance)
  }

  @Test func theDefaultToleranceIsHalfAPercent() {
    #expect(BaselineDelta.defaultTolerance == Fraction(0.005))  // issue 4: `--tolerance 0.5%`
  }

  @Test func identicalLinesPass() throws {
    let lines = [line(amount: "898.125"), line("s", "kafka", "total", amount: "898.125"), line("t", "diskless", "compute", amount: "1059")]
    let d = try delta(lines, lines)
    #expect(d.passes)
    #expect(d.mismatches == [])
    #expect(d.scenarioCount == 2)
    #expect(d.linesCompared == 3)
  }

  /// Baseline 100 at 0.5 %: the limit is 0.5. 100.5 and 99.5 sit exactly on it (within, since the rule
  /// is "more than"); 100.51 and 99.49 move 0.51 and fail.
  @Test(arguments: [("100.5", true), ("99.5", true), ("100.51", false), ("99.49", false), ("100.000001", true)])
  func aLineIsWithinToleranceUpToTheLimitInclusive(_ now: String, _ passes: Bool) throws {
    let d = try delta([line(amount: "100")], [line(amount: now)])
    #expect(d.passes == passes, "100 → \(now)")
    #expect(d.linesCompared == 1)
  }

  /// 100 → 125 is beyond 0.5 %; the mismatch carries both amounts and (125 − 100) ÷ 100 = 0.25.
  @Test func aLineBeyondToleranceIsReportedWithBothAmounts() throws {
    let d = try delta([line(amount: "100"), line("s", "kafka", "total", amount: "100")], [line(amount: "125"), line("s", "kafka", "total", amount: "100.2")])
    #expect(
      d.mismatches == [
        BaselineDelta.Mismatch(
          kind: .moved, scenario: "s", architecture: "kafka", category: "compute", baseline: TestBook.decimal("100"), now: TestBook.decimal("125"))
      ])
    #expect(d.mismatches.first?.relativeChange == TestBook.decimal("0.25"))
    #expect(d.linesCompared == 2)
    #expect(!d.passes)
  }

  /// The tolerance is exact: 0.1 % of 1000 is 1, so 1001 is within and 1001.000001 is not, although
  /// 0.001 has no exact binary representation.
  @Test func theToleranceMeetsAmountsExactly() throws {
    let tenth = Fraction.percent(0.1)
    #expect(try delta([line(amount: "1000")], [line(amount: "1001")], tolerance: tenth).passes)
    #expect(try !delta([line(amount: "1000")], [line(amount: "1001.000001")], tolerance: tenth).passes)
  }

  /// A zero baseline allows no change at all: t × 0 = 0. Its relative change is undefined (nil).
  @Test func aZeroBaselineFailsOnAnyChange() throws {
    #expect(try delta([line(amount: "0")], [line(amount: "0")]).passes)
    let d = try delta([line(amount: "0")], [line(amount: "0.01")])
    #expect(d.mismatches.map(\.kind) == [.moved])
    #expect(d.mismatches.first?.relativeChange == nil)
  }

  @Test func aZeroToleranceFailsOnAnyChange() throws {
    #expect(try delta([line(amount: "5")], [line(amount: "5")], tolerance: Fraction(0)).passes)
    #expect(try !delta([line(amount: "5")], [line(amount: "5.000001")], tolerance: Fraction(0)).passes)
  }

  @Test func aNegativeToleranceIsRejected() {
    #expect(throws: BaselineToleranceError(tolerance: Fraction(-0.01))) {
      try BaselineDelta(baseline: [], now: [], tolerance: Fraction(-0.01))
    }
    #expect(BaselineToleranceError(tolerance: Fraction(-0.01)).description.hasPrefix("tolerance -1% is negative"))
  }

  /// A scenario with no baseline (or a baseline with no scenario) is one mismatch for the whole scenario.
  @Test func aScenarioOnOneSideIsOneMismatch() throws {
    let d = try delta(
      [line("gone", "kafka", "compute", amount: "1"), line("kept", "kafka", "compute", amount: "2")],
      [line("kept", "kafka", "compute", amount: "2"), line("fresh", "kafka", "compute", amount: "3"), line("fresh", "kafka", "total", amount: "3")])
    #expect(
      d.mismatches == [
        BaselineDelta.Mismatch(kind: .onlyNow, scenario: "fresh"),
        BaselineDelta.Mismatch(kind: .onlyInBaseline, scenario: "gone"),
      ])  // sorted by scenario
    #expect(d.scenarioCount == 3)
    #expect(d.linesCompared == 1)
  }

  @Test func anArchitectureOnOneSideIsOneMismatch() throws {
    let d = try delta(
      [line("s", "kafka", "compute", amount: "1"), line("s", "kafka-old", "compute", amount: "1"), line("s", "kafka-old", "total", amount: "1")],
      [line("s", "kafka", "compute", amount: "1"), line("s", "diskless", "compute", amount: "1")])
    #expect(
      d.mismatches == [
        BaselineDelta.Mismatch(kind: .onlyNow, scenario: "s", architecture: "diskless"),
        BaselineDelta.Mismatch(kind: .onlyInBaseline, scenario: "s", architecture: "kafka-old"),
      ])  // recomputed architectures first, in their order, then those only in the baseline
  }

  @Test func aCategoryOnOneSideIsAMismatchWithItsAmount() throws {
    let d = try delta(
      [line("s", "kafka", "compute", amount: "1"), line("s", "kafka", "old_category", amount: "7")],
      [line("s", "kafka", "compute", amount: "1"), line("s", "kafka", "new_category", amount: "0")])
    #expect(
      d.mismatches == [
        BaselineDelta.Mismatch(kind: .onlyNow, scenario: "s", architecture: "kafka", category: "new_category", now: 0),
        BaselineDelta.Mismatch(kind: .onlyInBaseline, scenario: "s", architecture: "kafka", category: "old_category", baseline: 7),
      ])
    #expect(d.linesCompared == 1)
  }

  @Test func nothingOnEitherSidePasses() throws {
    let d = try delta([], [])
    #expect(d.passes && d.scenarioCount == 0 && d.linesCompared == 0)
  }

  /// The lines of a comparison are summary.csv's rows: per architecture each of the seven
  /// categories, zeros included, then the total (Workload A on r6i.xlarge: 28,364.765, as in CostEngineTests).
  @Test func aComparisonGivesEveryCategoryAndTheTotal() throws {
    let scenario = Scenario(
      name: "engine", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: Workloads.a().feeds,
      topology: Workloads.a().topology,
      architectures: [ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarge"))))])
    let comparison = try CostEngine(book: TestBook.book).compare(scenario)
    let lines = BaselineDelta.lines(of: comparison, scenario: "file-stem")
    #expect(lines.map(\.category) == CostCategory.allCases.map(\.rawValue) + ["total"])
    #expect(lines.allSatisfy { $0.scenario == "file-stem" && $0.architecture == comparison.results[0].name })
    #expect(lines.last?.amount == TestBook.decimal("28364.765"))
    #expect(lines.dropLast().reduce(Decimal(0)) { $0 + $1.amount } == lines.last?.amount)
  }
}
