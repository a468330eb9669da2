import Foundation
import StreamCostIO
import Testing

/// The crashes and broken promises, each run through the built binary as a user would.
@Suite(.serialized)
struct HardeningEndToEndTests {
  /// `compare --out o` and `--out a/b` trapped (SIGILL) on a relative new folder whose first part
  /// is one character; both now write the nine files (focus.csv among them).
  @Test func aOneCharacterRelativeOutFolder() throws {
    let work = try CLIHarness.temporaryDirectory()
    let scenario = try CLIHarness.write(scenarioText())
    for out in ["o", "a/b"] {
      let result = try CLIHarness.run(
        ["compare", scenario.path, "--no-ledger", "--format", "csv", "--out", out, "--pricing", CLIHarness.shippedBook.path], in: work)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        CLIHarness.contents(of: work.appendingPathComponent(out)) == (CLIHarness.reportFiles + CLIHarness.simulationFiles + ["focus.csv"]).sorted())
    }
    #expect(CLIHarness.contents(of: work) == ["a", "o"])
  }

  /// `--ledger` naming a folder trapped in `compare` and `runs list`; now a clean error (73 when
  /// recording, 66 when reading), and nothing is written.
  @Test func aLedgerThatIsAFolder() throws {
    let folder = try CLIHarness.temporaryDirectory()
    let out = folder.appendingPathComponent("out")
    let compare = try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--ledger", folder.path, "--out", out.path])
    #expect(compare.status == 73)
    #expect(compare.stderr == "streamcost: error: \(folder.path): is a folder, not a ledger file; pass a file path with --ledger PATH (or --no-ledger)\n")
    #expect(CLIHarness.contents(of: folder) == [])
    let list = try CLIHarness.run(["runs", "list", "--ledger", folder.path])
    #expect(list.status == 66)
  }

  /// The unbounded numbers: each exits 65 naming the key and the limit, within a second or so.
  @Test func unboundedNumbersExit65NamingKeyAndLimit() throws {
    let cases: [(String, String, String)] = [
      ("    fan_out: 9223372036854775807\n", "feeds[0].fan_out", "9223372036854775807 is above the limit of 10,000"),
      ("    profile: [{diurnal: {peak_hour: 20, peak_multiplier: 1e308}}]\n", "feeds[0].profile[0].diurnal.peak_multiplier",
       "1e+308 is above the limit of 1,000"),
      ("    profile: [{growth: 1000%/month}]\n", "feeds[0].profile[0].growth", "1000%/month is above the limit of 100%/month"),
      ("topology: {azs: 9223372036854775807}\n", "topology.azs", "9223372036854775807 is above the limit of 16"),
      ("architectures: [{type: diskless, compaction_levels: 1000000000}]\n", "architectures[0].compaction_levels",
       "1000000000 is above the limit of 10"),
      ("architectures: [{type: shared-storage, put_per_mbps: 1e308}]\n", "architectures[0].put_per_mbps",
       "1e+308 is above the limit of 10,000"),
    ]
    for (extra, key, message) in cases {
      let scenario = try CLIHarness.write(scenarioText(extra: extra))
      let result = try CLIHarness.run(["compare", scenario.path, "--no-ledger"])
      #expect(result.status == 65, "\(extra): \(result.stderr)")
      #expect(result.stderr.contains(": \(key): \(message) ("), "\(result.stderr)")
    }
  }

  /// The limits are safe for the simulator: a scenario with the largest load they let through
  /// (100 TB/s over 10,000,000 partitions, divisors at their smallest) and one with every other
  /// number at its limit both run to the end and exit 0.
  @Test func scenariosAtTheLimitsRunToTheEnd() throws {
    for name in ["at-limit-heavy", "at-limit-small-load"] {
      let scenario = HostileCorpusTests.corpus.appendingPathComponent("scenarios/\(name).yaml").path
      let result = try CLIHarness.run(["compare", scenario, "--no-ledger", "--format", "csv"])
      #expect(result.status == 0, "\(name): \(result.stderr)")
      #expect(result.stdout.hasPrefix("scenario,architecture,category,monthly_cost,currency,row_type\r\n"))
    }
  }

  /// A newer ledger is refused and left byte-identical; a ledger is listed without being changed.
  @Test func refusedAndReadLedgersAreByteIdentical() throws {
    let ledger = try CLIHarness.temporaryDirectory().appendingPathComponent("l.sqlite").path
    #expect(try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--ledger", ledger, "--format", "csv"]).status == 0)
    let recorded = try Data(contentsOf: URL(fileURLWithPath: ledger))
    #expect(try CLIHarness.run(["runs", "list", "--ledger", ledger]).status == 0)
    #expect(try CLIHarness.run(["runs", "show", "1", "--ledger", ledger]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == recorded)
  }

  /// A run killed inside its ledger transaction leaves the previous `--out` folder as it was, no
  /// temporary file inside it, and no run recorded (the issue found a `.timeline.csv.PID.tmp` in
  /// the folder, and a complete folder with no record). The next run sweeps the killed run's sibling.
  @Test func aKilledRunLeavesThePreviousFolderAndNoRecord() throws {
    let root = try CLIHarness.temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
    try "previous\r\n".write(to: out.appendingPathComponent("summary.csv"), atomically: true, encoding: .utf8)
    let ledger = root.appendingPathComponent("l.sqlite").path
    let marker = root.appendingPathComponent("holding").path
    let writer = CLIHarness.makeProcess(
      ["compare", "scenarios/retail-context.yaml", "--ledger", ledger, "--out", out.path, "--format", "csv"],
      environment: [Ledger.holdTransactionVariable: marker])
    writer.standardOutput = FileHandle.nullDevice
    writer.standardError = FileHandle.nullDevice
    try writer.run()
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: marker) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    #expect(CLIHarness.contents(of: out) == ["summary.csv"])
    #expect(try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8) == "previous\r\n")
    #expect(try CLIHarness.run(["runs", "list", "--ledger", ledger]).stdout == "no runs recorded yet\n")
    let next = try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--ledger", ledger, "--out", out.path, "--format", "csv"])
    #expect(next.status == 0)
    #expect(CLIHarness.contents(of: root)?.filter { $0.contains(".streamcost-") } == [])
    #expect(try CLIHarness.run(["runs", "list", "--ledger", ledger, "--format", "csv"]).stdout.contains("\r\n1,"))
  }

  /// Names with escape sequences and line breaks are shown escaped in the table, and a scenario
  /// named `../../x` exports inside `notebooks-export/`.
  @Test func namesAreEscapedOnTheTerminalAndSafeAsPaths() throws {
    let work = try CLIHarness.temporaryDirectory()
    let text = scenarioText(extra: "architectures:\n  - {type: kafka, name: \"\\e[31mred\\nline\"}\n")
      .replacingOccurrences(of: "name: cli-test", with: "name: \"../../x\"")
    let scenario = try CLIHarness.write(text)
    let ledger = work.appendingPathComponent("l.sqlite").path
    let compare = try CLIHarness.run(["compare", scenario.path, "--ledger", ledger, "--pricing", CLIHarness.shippedBook.path], in: work)
    #expect(compare.status == 0, "\(compare.stderr)")
    #expect(!compare.stdout.contains("\u{1B}"))
    #expect(compare.stdout.contains("\\u{1B}[31mred\\nline"))
    let list = try CLIHarness.run(["runs", "list", "--ledger", ledger], in: work)
    #expect(!list.stdout.contains("\u{1B}"))
    let export = try CLIHarness.run(["export", "notebook", "--run", "1", "--ledger", ledger], in: work)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(CLIHarness.contents(of: work.appendingPathComponent("notebooks-export")) == ["_.._.._x"])
    #expect(CLIHarness.contents(of: work.deletingLastPathComponent())?.contains("x") == false)
  }
}
