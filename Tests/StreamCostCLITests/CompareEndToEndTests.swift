import Foundation
import StreamCostIO
import Testing

/// Runs the built binary on a shipped scenario and reads back the CSV files it wrote.
@Suite(.serialized)
struct CompareEndToEndTests {
  /// Header lines of the five files, written out by hand from the documented column lists
  /// (ReportCSV; FOCUS names for line items), so that column drift fails here too.
  static let headers: [String: [String]] = [
    "summary.csv": ["scenario", "architecture", "category", "monthly_cost", "currency", "row_type"],
    "line_items.csv": [
      "ChargeDescription", "ServiceCategory", "ServiceSubcategory", "PricingQuantity", "PricingUnit", "ListUnitPrice",
      "ListCost", "BillingCurrency", "x_Scenario", "x_Architecture", "x_CostCategory", "x_PriceRow", "x_Assumption",
    ],
    "assumptions.csv": ["scenario", "architecture", "name", "value", "unit", "origin", "uncertain", "source"],
    "sizing.csv": ["scenario", "architecture", "role", "instance", "metric", "value", "unit", "note"],
    "run.csv": ["key", "value"],
  ]

  /// CostCategory's eight categories in declared order, then the total: the rows of one architecture in summary.csv.
  static let summaryCategories = [
    "compute", "block_storage", "object_storage", "object_requests", "cross_az_producer", "cross_az_replication",
    "cross_az_consumer", "cross_az_rebalance", "total",
  ]

  @Test func demoScenarioWritesEveryFile() throws {
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--out", out.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(CLIHarness.contents(of: out) == (CLIHarness.reportFiles + CLIHarness.simulationFiles + ["focus.csv"]).sorted())  // and no temporary file left
    // The table's first line names the scenario, book and month (ComparisonTable.render).
    #expect(result.stdout.hasPrefix("telco-c360-feeds · price book aws/us-east-1@2026-07-20 · month 730h · USD per month\n"))
    #expect(result.stdout.contains("\ntotal "))
    // The only thing on stderr is where the run was recorded (the harness's own ledger).
    #expect(result.stderr.hasPrefix("streamcost: recorded run "))
    #expect(result.stderr.hasSuffix(" in \(CLIHarness.defaultLedger)\n"))
  }

  @Test func thereAreShippedScenarios() {
    #expect(CLIHarness.shippedScenarios.count >= 5)  // five at the time of writing
  }

  @Test(arguments: CLIHarness.shippedScenarios)
  func everyShippedScenarioComparesAndWritesReadableCSV(_ scenario: String) throws {
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", scenario, "--out", out.path])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    // Which architectures to expect: the scenario itself, read with the library.
    let spec = try ScenarioLoader.load(CLIHarness.packageRoot.appendingPathComponent(scenario).path)
    let architectures = spec.architectures.map(\.name)
    var tables: [String: [[String]]] = [:]
    for name in CLIHarness.reportFiles {
      let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      let records = try CSVReader.records(text, file: name)
      #expect(records.first == Self.headers[name], "\(scenario): \(name) header")
      for (i, record) in records.enumerated() {
        #expect(record.count == Self.headers[name]?.count, "\(scenario): \(name) record \(i + 1)")
      }
      tables[name] = Array(records.dropFirst())
    }
    let summary = try #require(tables["summary.csv"])
    #expect(summary.count == architectures.count * Self.summaryCategories.count)
    for (a, architecture) in architectures.enumerated() {
      let rows = summary.filter { $0.count > 2 && $0[1] == architecture }
      #expect(rows.count == Self.summaryCategories.count, "\(scenario): \(architecture) has \(rows.count) summary rows")
      #expect(rows.map { $0[2] } == Self.summaryCategories, "\(scenario): \(architecture)")
      // Rows are grouped by architecture, in the scenario's order.
      let per = Self.summaryCategories.count
      #expect(Array(summary[(a * per)..<min(summary.count, a * per + per)]) == rows)
      #expect(rows.allSatisfy { $0[0] == spec.name && $0[4] == "USD" })
    }
    let lineArchitectures = Set((tables["line_items.csv"] ?? []).map { $0[9] })
    #expect(lineArchitectures == Set(architectures))
  }

  @Test func twoRunsWriteByteIdenticalFiles() throws {
    let first = try CLIHarness.temporaryDirectory()
    let second = try CLIHarness.temporaryDirectory()
    for out in [first, second] {
      let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--out", out.path])
      try #require(result.status == 0, "stderr: \(result.stderr)")
    }
    for name in CLIHarness.reportFiles + CLIHarness.simulationFiles {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(!a.isEmpty)
      #expect(a == b, "\(name) differs between two runs")
    }
  }

  @Test func csvFormatPrintsTheSummaryFile() throws {
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--format", "csv", "--out", out.path])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    let file = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(result.stdout == file)
    #expect(result.stdout.hasPrefix("scenario,architecture,category,monthly_cost,currency,row_type\r\n"))
  }

  @Test func jsonFormatParsesAndAgreesWithTheSummary() throws {
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--format", "json", "--out", out.path])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let document = try #require(object as? [String: Any])
    let architectures = try #require(document["architectures"] as? [[String: Any]])
    #expect(architectures.compactMap { $0["name"] as? String } == ["kafka", "kafka-tiered", "shared-storage", "diskless"])
    #expect(document["scenario"] as? String == "telco-c360-feeds")
    #expect(document["currency"] as? String == "USD")
    // Each JSON total is the exact decimal string of the summary's total row.
    let summary = try CSVReader.records(
      String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8), file: "summary.csv")
    for architecture in architectures {
      let name = try #require(architecture["name"] as? String)
      let total = summary.first { $0.count == 6 && $0[1] == name && $0[5] == "total" }?[3]
      #expect(architecture["total"] as? String == total, "\(name)")
    }
  }

  @Test func theHarnessRunsTheBinaryOfThisBuild() throws {
    // The binary must sit in the same build folder as the tests, not in another one (e.g. .build when
    // testing with --scratch-path).
    // (On Linux the test runner itself is in the build folder; elsewhere it may be a system tool.)
    #if os(Linux)
      let testsFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().standardizedFileURL.path
      #expect(CLIHarness.binary.standardizedFileURL.path.hasPrefix((testsFolder as NSString).deletingLastPathComponent))
    #endif
    let result = try CLIHarness.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")  // StreamCostCommand.configuration.version
  }
}
