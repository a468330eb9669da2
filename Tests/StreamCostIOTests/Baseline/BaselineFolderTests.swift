import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Baseline files: written as the exact summary.csv of each scenario, stale ones removed, and
/// every malformed baseline reported with its file, record and column.
@Suite(.serialized)
struct BaselineFolderTests {
  static var scenarios: String { TestSupport.packageRoot.appendingPathComponent("scenarios").path }
  static var pricingRoot: String { TestSupport.packageRoot.appendingPathComponent("pricing").path }

  /// The shipped scenarios priced with the shipped books.
  static func priced() throws -> [ScenarioFolder.Priced] {
    try ScenarioFolder.compareAll(in: scenarios, pricingRoot: pricingRoot)
  }

  /// `text` as the file `name` in a fresh folder; returns the file's path.
  static func file(_ text: String, named name: String = "s.csv") throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  static let header = "scenario,architecture,category,monthly_cost,currency\r\n"

  @Test func updateWritesEachSummaryAndSaysWhatChanged() throws {
    let priced = try Self.priced()
    #expect(priced.map(\.stem) == TestSupport.shippedScenarios.map(ScenarioFolder.stem))  // sorted by file name
    let folder = try TestSupport.temporaryDirectory().appendingPathComponent("baselines").path
    let first = try BaselineFolder.update(priced, in: folder)
    #expect(first.map(\.kind) == Array(repeating: .new, count: priced.count))
    for scenario in priced {
      // Byte for byte what `compare --out` writes as summary.csv.
      #expect(try TextFile.read(BaselineFolder.path(for: scenario.stem, in: folder)) == ReportCSV.summary(scenario.comparison))
    }
    #expect(try BaselineFolder.update(priced, in: folder).map(\.kind) == Array(repeating: .unchanged, count: priced.count))

    let edited = BaselineFolder.path(for: priced[0].stem, in: folder)
    try "changed".write(toFile: edited, atomically: true, encoding: .utf8)
    let stale = BaselineFolder.path(for: "retired-scenario", in: folder)
    try Self.header.write(toFile: stale, atomically: true, encoding: .utf8)
    let third = try BaselineFolder.update(priced, in: folder)
    #expect(third.first { $0.file == edited }?.kind == .updated)
    #expect(third.first { $0.file == stale }?.kind == .removed)
    #expect(!FileManager.default.fileExists(atPath: stale))
    // One file per scenario and no temporary file left behind.
    #expect(TestSupport.contents(of: URL(fileURLWithPath: folder)) == priced.map { "\($0.stem).csv" })
  }

  @Test func sidesHoldTheCommittedAndTheRecomputedLines() throws {
    let priced = try Self.priced()
    let folder = try TestSupport.temporaryDirectory().path
    _ = try BaselineFolder.update(priced, in: folder)
    let sides = try BaselineFolder.sides(priced, in: folder)
    #expect(sides.baseline == sides.now)
    // Per architecture: seven categories and a total (CostCategory, summary.csv).
    // Every category plus `total` per architecture.
    #expect(sides.now.count == priced.reduce(0) { $0 + $1.comparison.results.count * (CostCategory.allCases.count + 1) })
  }

  @Test func aMissingBaselineFolderIsUnreadable() throws {
    let missing = try TestSupport.temporaryDirectory().appendingPathComponent("nope").path
    let error = try singleInputError { () throws(InputErrors) in try BaselineFolder.sides([], in: missing) }
    #expect(error.kind == .unreadable)
    #expect(error.description.hasPrefix("\(missing): no such folder (accepted: a folder of baseline CSV files"))
  }

  @Test func aFileGivenAsTheBaselineFolderIsUnreadable() throws {
    let path = try Self.file(Self.header)
    let error = try singleInputError { () throws(InputErrors) in try BaselineFolder.sides([], in: path) }
    #expect(error.kind == .unreadable)
    #expect(error.message == "is a file, not a folder")
  }

  @Test func aBaselineWithoutRowsIsInvalid() throws {
    let path = try Self.file(Self.header)
    let error = try singleInputError { () throws(InputErrors) in try BaselineFolder.read(path, scenario: "s") }
    #expect(error.kind == .invalid)
    #expect(error.description.hasPrefix("\(path): holds no rows (accepted: the summary.csv of its scenario"))
  }

  @Test func aBaselineWithoutTheSummaryColumnsIsInvalid() throws {
    let path = try Self.file("architecture,category,cost\r\nkafka,compute,1\r\n")
    let error = try singleInputError { () throws(InputErrors) in try BaselineFolder.read(path, scenario: "s") }
    #expect(error.description.hasPrefix("\(path):1: header lacks column(s) scenario, monthly_cost, currency"))
  }

  /// Both bad rows are reported in one pass, each with its record (header = record 1) and column.
  @Test func everyBadRowIsReportedWithItsRecordAndColumn() throws {
    let path = try Self.file(
      Self.header + "s,kafka,compute,12.5,USD\r\ns,kafka,total,twelve,USD\r\ns,kafka,compute,3,USD\r\ns,,compute,1,USD\r\n")
    let errors = inputErrors { () throws(InputErrors) in try BaselineFolder.read(path, scenario: "s") }
    #expect(
      errors.map(\.description) == [
        "\(path):3: column monthly_cost: 'twelve' is not an amount (accepted: a plain decimal such as 898.125)",
        "\(path):4: column category: 'kafka' × 'compute' is listed twice (accepted: one row per architecture and category)",
        "\(path):5: column architecture: is empty (accepted: a value)",
      ])
  }

  @Test func aGoodBaselineReadsExactAmountsUnderTheFileStem() throws {
    let path = try Self.file(Self.header + "name-in-file,kafka,compute,898.1250,USD\r\nname-in-file,kafka,total,0,USD\r\n")
    let lines = try BaselineFolder.read(path, scenario: "stem")
    #expect(
      lines == [
        BaselineDelta.Line(scenario: "stem", architecture: "kafka", category: "compute", amount: Decimal(string: "898.125")!),
        BaselineDelta.Line(scenario: "stem", architecture: "kafka", category: "total", amount: 0),
      ])
  }

  @Test func aMissingScenarioFolderIsUnreadable() throws {
    let missing = try TestSupport.temporaryDirectory().appendingPathComponent("nope").path
    let error = try singleInputError { () throws(InputErrors) in try ScenarioFolder.compareAll(in: missing, pricingRoot: Self.pricingRoot) }
    #expect(error.kind == .unreadable)
    #expect(error.description.hasPrefix("\(missing): no such folder"))
  }

  /// Problems in several scenarios come back together, and only `*.yaml` files count as scenarios.
  @Test func problemsInEveryScenarioAreReportedTogether() throws {
    let folder = try TestSupport.temporaryDirectory()
    let good = try TextFile.read(TestSupport.telcoScenario)
    try good.replacingOccurrences(of: "pricing: aws/us-east-1", with: "pricing: aws/mars-1")
      .write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
    try "version: 1\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    try "not a scenario".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try good.replacingOccurrences(of: "pricing: aws/us-east-1\n", with: "")
      .write(to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    let errors = inputErrors { () throws(InputErrors) in try ScenarioFolder.compareAll(in: folder.path, pricingRoot: Self.pricingRoot) }
    // a.yaml: one problem; b.yaml: each of its two missing required keys (the reader goes on past each;
    // `pricing:` may be left out of a scenario given --pricing); c.yaml: a baseline scenario names its book.
    #expect(errors.count == 4, "\(errors.map(\.description))")
    #expect(errors.first?.file.hasSuffix("a.yaml") == true)
    #expect(errors.first?.message.hasPrefix("no price book for 'aws/mars-1'") == true)
    #expect(errors[1...2].allSatisfy { $0.file.hasSuffix("b.yaml") })
    #expect(errors[1...2].map(\.field) == ["name", "feeds"])
    #expect(errors.last?.file.hasSuffix("c.yaml") == true)
    #expect(errors.last?.field == "pricing")
    #expect(errors.last?.message == "is required in a baseline scenario (each is priced with the book it names)")
  }

  @Test func anEmptyScenarioFolderPricesNothing() throws {
    #expect(try ScenarioFolder.compareAll(in: TestSupport.temporaryDirectory().path, pricingRoot: Self.pricingRoot).isEmpty)
  }
}
