import Foundation
import StreamCostIO
import Testing

/// `streamcost export notebook` as a user runs it: from a `compare --out` folder or a ledger run,
/// the committed examples regenerate byte for byte, and bad input leaves nothing behind.
@Suite(.serialized)
struct ExportNotebookEndToEndTests {
  /// Files of a full export of NAME, sorted: the notebook and the compare folder's eight CSV files.
  static func exportFiles(_ name: String) -> [String] {
    (["\(name).ipynb"] + CLIHarness.reportFiles + CLIHarness.simulationFiles).sorted()
  }

  /// `compare SCENARIO --no-ledger --out TMP --timeline-step 1h`, as `make notebooks` runs it.
  static func compareFolder(_ scenario: String) throws -> URL {
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["compare", scenario, "--no-ledger", "--out", out.path, "--timeline-step", "1h"])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    return out
  }

  static func notebook(_ url: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  static func cellIDs(_ notebook: [String: Any]) -> [String] {
    ((notebook["cells"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
  }

  @Test func fromACompareFolderItWritesTheNotebookNextToTheSameCSVFiles() throws {
    let source = try Self.compareFolder("scenarios/retail-context.yaml")
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent("deck")
    let result = try CLIHarness.run(["export", "notebook", "--from", source.path, "--out", export.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(
      result.stdout == "\(export.path): deck.ipynb, summary.csv, line_items.csv, assumptions.csv, sizing.csv, run.csv, "
        + "monthly.csv, scaling_events.csv, timeline.csv\n")
    #expect(CLIHarness.contents(of: export) == Self.exportFiles("deck"))
    for name in CLIHarness.reportFiles + CLIHarness.simulationFiles {
      #expect(try Data(contentsOf: export.appendingPathComponent(name)) == Data(contentsOf: source.appendingPathComponent(name)), "\(name)")
    }
    let notebook = try Self.notebook(export.appendingPathComponent("deck.ipynb"))
    #expect(notebook["nbformat"] as? Int == 4 && notebook["nbformat_minor"] as? Int == 5)
    #expect(Self.cellIDs(notebook).first == "header")
    #expect(Self.cellIDs(notebook).contains("brokers-over-time"))
    let header = ((notebook["cells"] as? [[String: Any]])?.first?["source"] as? [String])?.joined() ?? ""
    #expect(header.contains("| price book | `aws/us-east-1@2026-07-20`, version (as of) 2026-07-20 |"))
    #expect(header.contains("| simulated period | from 2026-11-01T00:00:00Z, 1 billed month |"))
  }

  /// `make notebooks` output is committed; exporting again from a fresh compare gives the same bytes.
  @Test(arguments: CLIHarness.shippedScenarios)
  func theCommittedExampleRegeneratesByteForByte(_ scenario: String) throws {
    let name = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
    let committed = CLIHarness.packageRoot.appendingPathComponent("notebooks-export/\(name)")
    let source = try Self.compareFolder(scenario)
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent(name)
    let result = try CLIHarness.run(["export", "notebook", "--from", source.path, "--out", export.path])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    let files = try #require(CLIHarness.contents(of: export))
    #expect(files == Self.exportFiles(name))
    #expect(CLIHarness.contents(of: committed)?.filter { !$0.hasSuffix(".png") } == files, "run `make notebooks` and commit")
    for file in files {
      let fresh = try Data(contentsOf: export.appendingPathComponent(file))
      let kept = try? Data(contentsOf: committed.appendingPathComponent(file))
      #expect(fresh == kept, "notebooks-export/\(name)/\(file) differs from a fresh export: run `make notebooks` and commit")
    }
  }

  @Test func fromTheLedgerItSimulatesAgainAndExportsTheSameNotebookCells() throws {
    let ledger = try CLIHarness.temporaryDirectory().appendingPathComponent("runs.sqlite").path
    let recorded = try CLIHarness.run(["compare", "scenarios/social-streams.yaml", "--ledger", ledger])
    try #require(recorded.status == 0, "stderr: \(recorded.stderr)")
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent("social")
    let result = try CLIHarness.run(["export", "notebook", "--run", "1", "--ledger", ledger, "--out", export.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(CLIHarness.contents(of: export) == Self.exportFiles("social"))
    let committed = try Self.notebook(CLIHarness.packageRoot.appendingPathComponent("notebooks-export/social-streams/social-streams.ipynb"))
    let fromLedger = try Self.notebook(export.appendingPathComponent("social.ipynb"))
    #expect(Self.cellIDs(fromLedger) == Self.cellIDs(committed))
    let header = ((fromLedger["cells"] as? [[String: Any]])?.first?["source"] as? [String])?.joined() ?? ""
    #expect(header.contains("| exported from | run 1 of the ledger, recorded "))
    // The report files are the run's, as `runs show --out` writes them.
    let shown = try CLIHarness.temporaryDirectory()
    _ = try CLIHarness.run(["runs", "show", "1", "--ledger", ledger, "--out", shown.path])
    for name in CLIHarness.reportFiles {
      #expect(try Data(contentsOf: export.appendingPathComponent(name)) == Data(contentsOf: shown.appendingPathComponent(name)), "\(name)")
    }
  }

  @Test func aRunsShowFolderExportsWithoutTheSimulationChartsAndSaysSo() throws {
    let ledger = try CLIHarness.temporaryDirectory().appendingPathComponent("runs.sqlite").path
    _ = try CLIHarness.run(["compare", "scenarios/social-streams.yaml", "--ledger", ledger])
    let shown = try CLIHarness.temporaryDirectory()
    _ = try CLIHarness.run(["runs", "show", "1", "--ledger", ledger, "--out", shown.path])
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent("x")
    let result = try CLIHarness.run(["export", "notebook", "--from", shown.path, "--out", export.path])
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("streamcost: note: no monthly or brokers charts: the folder has no `monthly.csv`"))
    #expect(CLIHarness.contents(of: export) == (["x.ipynb"] + CLIHarness.reportFiles).sorted())
    #expect(Self.cellIDs(try Self.notebook(export.appendingPathComponent("x.ipynb"))).contains("simulation-missing"))
  }

  @Test func neitherOrBothSourcesIsAUsageError() throws {
    let neither = try CLIHarness.run(["export", "notebook"])
    #expect(neither.status == 64)
    #expect(neither.stderr.contains("give the run to export: --from OUT_DIR (a `compare --out` folder) or --run ID (a ledger run)"))
    let both = try CLIHarness.run(["export", "notebook", "--run", "1", "--from", "out"])
    #expect(both.status == 64)
    #expect(both.stderr.contains("give either --from OUT_DIR or --run ID, not both"))
  }

  @Test func aMissingFolderExits66AndWritesNothing() throws {
    let root = try CLIHarness.temporaryDirectory()
    let export = root.appendingPathComponent("export")
    let result = try CLIHarness.run(["export", "notebook", "--from", root.appendingPathComponent("nope").path, "--out", export.path])
    #expect(result.status == 66)
    #expect(
      result.stderr == "streamcost: error: \(root.appendingPathComponent("nope").path): no such folder "
        + "(accepted: a folder written by `streamcost compare --out`)\n")
    #expect(result.stdout == "")
    #expect(CLIHarness.contents(of: export) == nil)
  }

  @Test func aMalformedCSVExits65NamingFileRecordAndColumnAndWritesNothing() throws {
    let source = try Self.compareFolder("scenarios/retail-context.yaml")
    let summary = source.appendingPathComponent("summary.csv")
    let text = try String(contentsOf: summary, encoding: .utf8)
    try text.replacingOccurrences(of: #",kafka,compute,[0-9.]+,"#, with: ",kafka,compute,n/a,", options: .regularExpression)
      .write(to: summary, atomically: true, encoding: .utf8)
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent("export")
    let result = try CLIHarness.run(["export", "notebook", "--from", source.path, "--out", export.path])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines == ["streamcost: error: \(summary.path):2: column monthly_cost: 'n/a' is not a number (accepted: a plain decimal such as 0.023)"])
    #expect(CLIHarness.contents(of: export) == nil)
  }

  @Test func anUnknownRunExits65AndAMissingLedgerExits66() throws {
    let ledger = try CLIHarness.temporaryDirectory().appendingPathComponent("runs.sqlite").path
    _ = try CLIHarness.run(["compare", "scenarios/social-streams.yaml", "--ledger", ledger, "--format", "csv"])
    let unknown = try CLIHarness.run(["export", "notebook", "--run", "7", "--ledger", ledger])
    #expect(unknown.status == 65)
    #expect(unknown.stderr == "streamcost: error: \(ledger): no run 7 (runs are numbered 1 to 1; see `streamcost runs list`)\n")
    let missing = try CLIHarness.temporaryDirectory().appendingPathComponent("none.sqlite").path
    let noLedger = try CLIHarness.run(["export", "notebook", "--run", "1", "--ledger", missing])
    #expect(noLedger.status == 66)
    #expect(noLedger.stderr.hasPrefix("streamcost: error: \(missing): no such ledger"))
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  @Test func anOutPathThatIsAFileExits73() throws {
    let source = try Self.compareFolder("scenarios/retail-context.yaml")
    let file = try CLIHarness.write("taken", named: "taken")
    let result = try CLIHarness.run(["export", "notebook", "--from", source.path, "--out", file.path])
    #expect(result.status == 73)
    #expect(result.stderr.hasPrefix("streamcost: error: \(file.path): is a file, not a folder"))
  }

  @Test func compareDrawsPlainCostBarsWhenNotATerminal() throws {
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--no-ledger"])
    try #require(result.status == 0)
    #expect(result.stdout.contains("\ncost by category · USD per month · bars to scale, the longest is the largest total\n\nkafka "))
    #expect(result.stdout.contains("\n█ compute  ▓ block storage  ▒ object storage  ░ object requests  = cross-AZ producer\n"))
    #expect(!result.stdout.contains("\u{1B}["))
    // The brokers sparkline is still there, once: an architecture's lines are its bar, its events row and its sparkline.
    #expect(result.stdout.components(separatedBy: "brokers / agents over the horizon").count == 2)
    #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("shared-storage ") }.count == 3)
  }
}
