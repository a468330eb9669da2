import Foundation
import StreamCost
import StreamCostIO
import Testing

/// `streamcost baseline update` and `baseline check`, run as CI runs them. Every run that writes
/// passes `--baselines` into a temporary folder, so the committed baselines are never touched.
@Suite(.serialized)
struct BaselineEndToEndTests {
  static var committed: URL { CLIHarness.packageRoot.appendingPathComponent("scenarios/baselines") }

  /// A temporary copy of the committed baselines.
  static func baselinesCopy() throws -> URL {
    let copy = try CLIHarness.temporaryDirectory().appendingPathComponent("baselines")
    try FileManager.default.copyItem(at: committed, to: copy)
    return copy
  }

  /// A temporary pricing root holding aws/us-east-1/2026-07-20 with s3.standard.put 0.005 → 0.0055.
  static func rootWithDearerPuts() throws -> URL {
    let root = try CLIHarness.temporaryDirectory().appendingPathComponent("pricing")
    let region = root.appendingPathComponent("aws/us-east-1")
    try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
    let book = region.appendingPathComponent("2026-07-20")
    try FileManager.default.copyItem(at: CLIHarness.shippedBook, to: book)
    try CLIHarness.editBook(book, "rates.csv") { lines in
      let i = try #require(lines.firstIndex { $0.hasPrefix("s3.standard.put,") })
      lines[i] = lines[i].replacingOccurrences(of: ",1000 Requests,0,0.005,", with: ",1000 Requests,0,0.0055,")
    }
    return root
  }

  /// Data rows in every committed baseline: the lines `check` compares.
  static func committedLineCount() throws -> Int {
    let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".csv") }
    return try names.reduce(0) { count, name in
      let text = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
      return count + (try CSVReader.records(text, file: name).count - 1)
    }
  }

  @Test func theCommittedBaselinesCoverEveryShippedScenario() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.committed.path).filter { $0.hasSuffix(".csv") }.sorted()
    #expect(names == CLIHarness.shippedScenarios.map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: ".csv") })
  }

  /// What `make test` runs: the shipped scenarios against the committed baselines.
  @Test func theShippedScenariosMatchTheCommittedBaselines() throws {
    let result = try CLIHarness.run(["baseline", "check"])
    #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    let lines = try Self.committedLineCount()
    #expect(result.stdout == "baseline check: \(CLIHarness.shippedScenarios.count) scenarios, \(lines) lines within 0.5%\n")
    #expect(result.stderr == "")
  }

  /// Dearer PUTs move object_requests (and the totals that hold them) by up to ~10 %: exit 1 with a
  /// table naming scenario, architecture and category; the baselines themselves are not rewritten.
  @Test func aPriceEditFailsTheCheckWithADeltaTable() throws {
    let root = try Self.rootWithDearerPuts()
    let baselines = try Self.baselinesCopy()
    let before = CLIHarness.contents(of: baselines)
    let result = try CLIHarness.run(["baseline", "check", "--pricing-root", root.path, "--baselines", baselines.path])
    #expect(result.status == 1, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("baseline check failed: ") == true)
    #expect(lines.contains { $0.split(separator: " ") == ["scenario", "architecture", "category", "baseline", "now", "change"] })
    let telco = lines.filter { $0.hasPrefix("telco-c360-feeds ") }.map { $0.split(separator: " ").map(String.init) }
    // The diskless column pays the most PUTs in the demo; its baseline cell is the committed amount, to the cent.
    let row = try #require(telco.first { $0.count == 6 && $0[1] == "diskless" && $0[2] == "object_requests" })
    let committed = try String(
      contentsOf: CLIHarness.packageRoot.appendingPathComponent("scenarios/baselines/telco-c360-feeds.csv"), encoding: .utf8)
    let amount = try #require(
      committed.split(separator: "\r\n").first { $0.hasPrefix("telco-c360-feeds,diskless,object_requests,") }?
        .split(separator: ",")[3])
    #expect(row[3] == Format.grouped(ExactDecimal.parse(String(amount))!))
    #expect(row[5].hasPrefix("+") && row[5].hasSuffix("%"))
    // Compute, storage and cross-AZ lines do not use the PUT price, so they stay within tolerance.
    #expect(!telco.contains { $0[2] == "compute" || $0[2].hasPrefix("cross_az") })
    #expect(lines.last == "If these changes are intended, run `streamcost baseline update` and commit \(baselines.path).")
    #expect(CLIHarness.contents(of: baselines) == before)
  }

  /// Every move of the edit is under 10 % (PUTs are a part of object requests), so a 10 % tolerance passes.
  @Test func aWiderToleranceLetsTheSameEditPass() throws {
    let root = try Self.rootWithDearerPuts()
    let result = try CLIHarness.run(["baseline", "check", "--pricing-root", root.path, "--tolerance", "10%"])
    #expect(result.status == 0, "stdout: \(result.stdout)")
    #expect(result.stdout.hasSuffix(" lines within 10%\n"))
  }

  @Test func updateIntoAnEmptyFolderThenCheckPasses() throws {
    let baselines = try CLIHarness.temporaryDirectory().appendingPathComponent("fresh")
    let update = try CLIHarness.run(["baseline", "update", "--baselines", baselines.path])
    #expect(update.status == 0, "stderr: \(update.stderr)")
    let expected = CLIHarness.shippedScenarios.map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: ".csv") }
    #expect(CLIHarness.contents(of: baselines) == expected)
    #expect(update.stdout.hasPrefix("baseline update: \(expected.count) scenarios → \(baselines.path)\n"))
    #expect(update.stdout.components(separatedBy: "\n  new  ").count == expected.count + 1)
    let check = try CLIHarness.run(["baseline", "check", "--baselines", baselines.path])
    #expect(check.status == 0, "stdout: \(check.stdout)")
    // The written baselines are the committed ones, byte for byte.
    for name in expected {
      #expect(
        try Data(contentsOf: baselines.appendingPathComponent(name)) == Data(contentsOf: Self.committed.appendingPathComponent(name)), "\(name)")
    }
  }

  /// A baseline is exactly what `compare --out` writes as summary.csv.
  @Test func aBaselineIsTheSummaryThatCompareWrites() throws {
    let baselines = try CLIHarness.temporaryDirectory()
    let out = try CLIHarness.temporaryDirectory()
    #expect(try CLIHarness.run(["baseline", "update", "--baselines", baselines.path]).status == 0)
    #expect(try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--out", out.path]).status == 0)
    #expect(
      try Data(contentsOf: baselines.appendingPathComponent("retail-context.csv")) == Data(contentsOf: out.appendingPathComponent("summary.csv")))
  }

  @Test func aMissingBaselineFileFailsNamingIt() throws {
    let baselines = try Self.baselinesCopy()
    let missing = baselines.appendingPathComponent("social-streams.csv")
    try FileManager.default.removeItem(at: missing)
    let result = try CLIHarness.run(["baseline", "check", "--baselines", baselines.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.split(separator: " ") == ["social-streams", "(all)", "(all)", "—", "—", "no", "baseline", "file"] })
    #expect(lines.contains("social-streams: no baseline file \(missing.path); `streamcost baseline update` writes it"))
  }

  /// A baseline whose scenario was deleted fails the check; `update` removes it and says so.
  @Test func aBaselineWithoutAScenarioFailsUntilUpdateRemovesIt() throws {
    let baselines = try Self.baselinesCopy()
    let stale = baselines.appendingPathComponent("retired.csv")
    try FileManager.default.copyItem(at: baselines.appendingPathComponent("social-streams.csv"), to: stale)
    let check = try CLIHarness.run(["baseline", "check", "--baselines", baselines.path])
    #expect(check.status == 1)
    #expect(check.stdout.contains("retired: baseline \(stale.path) has no scenario scenarios/retired.yaml"))
    let update = try CLIHarness.run(["baseline", "update", "--baselines", baselines.path])
    #expect(update.status == 0)
    #expect(update.stdout.contains("  removed    \(stale.path) (its scenario no longer exists)\n"))
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(try CLIHarness.run(["baseline", "check", "--baselines", baselines.path]).status == 0)
  }

  /// An architecture removed from the baseline file (telco's diskless rows) is one mismatch.
  @Test func anArchitectureMissingFromTheBaselineFails() throws {
    let baselines = try Self.baselinesCopy()
    let file = baselines.appendingPathComponent("telco-c360-feeds.csv")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("telco-c360-feeds,diskless,") }.joined(separator: "\r\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIHarness.run(["baseline", "check", "--baselines", baselines.path])
    #expect(result.status == 1)
    let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("telco-c360-feeds ") }.map { $0.split(separator: " ") }
    #expect(rows == [["telco-c360-feeds", "diskless", "(all)", "—", "—", "architecture", "not", "in", "baseline"]])
  }

  @Test func aMalformedBaselineExits65NamingFileRecordAndColumn() throws {
    let baselines = try Self.baselinesCopy()
    let file = baselines.appendingPathComponent("retail-context.csv")
    // Record 2's monthly_cost gets a trailing letter: `…,<amount>,USD,category` → `…,<amount>x,USD,category`.
    try CLIHarness.editBook(baselines, "retail-context.csv") { lines in
      lines[1] = String(lines[1].dropLast(",USD,category".count)) + "x,USD,category"
    }
    let result = try CLIHarness.run(["baseline", "check", "--baselines", baselines.path])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("streamcost: error: \(file.path):2: column monthly_cost: '") == true, "\(lines)")
    #expect(result.stdout == "")
  }

  @Test func aMissingBaselineFolderExits66() throws {
    let missing = try CLIHarness.temporaryDirectory().appendingPathComponent("nope")
    let result = try CLIHarness.run(["baseline", "check", "--baselines", missing.path])
    #expect(result.status == 66)
    #expect(result.stderr.hasPrefix("streamcost: error: \(missing.path): no such folder (accepted: a folder of baseline CSV files"))
  }

  /// A scenario that does not load stops `update` before anything is written.
  @Test func anInvalidScenarioExits65AndUpdateWritesNothing() throws {
    let scenarios = try CLIHarness.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLIHarness.packageRoot.appendingPathComponent("scenarios/telco-c360-feeds.yaml"), to: scenarios.appendingPathComponent("a.yaml"))
    try scenarioText(write: "fast").write(to: scenarios.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    let baselines = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["baseline", "update", "--scenarios", scenarios.path, "--baselines", baselines.path])
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("streamcost: error: \(scenarios.path)/b.yaml:6: feeds[0].write: cannot read 'fast'"))
    #expect(CLIHarness.contents(of: baselines) == nil)
  }

  @Test(arguments: ["-1%", "abc", "-0.001"])
  func aBadToleranceIsAUsageError(_ tolerance: String) throws {
    let result = try CLIHarness.run(["baseline", "check", "--tolerance=\(tolerance)"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--tolerance"))
    #expect(result.stdout == "")
  }

  @Test func theHelpDocumentsExitStatusOne() throws {
    let result = try CLIHarness.run(["baseline", "check", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("1 baseline mismatch"))
  }
}
