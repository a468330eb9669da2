import Foundation
import Testing

/// An `uncertainty` run recorded in the ledger and exported as a notebook (fan chart and histogram),
/// from its `--out` folder or from the ledger alone. The notebook's execution is checked by
/// `make notebooks-check` on the committed example.
@Suite(.serialized)
struct UncertaintyNotebookEndToEndTests {
  static let example = "social-streams-uncertainty"
  static let files = ["monthly_quantiles.csv", "quantiles.csv", "ranking.csv", "run.csv", "samples.csv"]

  /// `uncertainty scenarios/social-streams.yaml --samples 200 --precision 0`, as `make notebooks` runs it.
  static func uncertaintyArguments(out: String, samples: Int = 200) -> [String] {
    ["uncertainty", "scenarios/social-streams.yaml", "--samples", String(samples), "--precision", "0", "--out", out]
  }

  @Test func theCommittedExampleRegeneratesByteForByte() throws {
    let source = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let ran = try CLIHarness.run(Self.uncertaintyArguments(out: source.path) + ["--no-ledger"])
    try #require(ran.status == 0, "stderr: \(ran.stderr)")
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent(Self.example)
    let result = try CLIHarness.run(["export", "notebook", "--from", source.path, "--out", export.path])
    try #require(result.status == 0, "stderr: \(result.stderr)")
    let files = try #require(CLIHarness.contents(of: export))
    #expect(files == (Self.files + ["\(Self.example).ipynb"]).sorted())
    let committed = CLIHarness.packageRoot.appendingPathComponent("notebooks-export/\(Self.example)")
    #expect(CLIHarness.contents(of: committed)?.filter { !$0.hasSuffix(".png") } == files, "run `make notebooks` and commit")
    for file in files {
      let fresh = try Data(contentsOf: export.appendingPathComponent(file))
      let kept = try? Data(contentsOf: committed.appendingPathComponent(file))
      #expect(fresh == kept, "notebooks-export/\(Self.example)/\(file) differs from a fresh export: run `make notebooks` and commit")
    }
    let notebook = try ExportNotebookEndToEndTests.notebook(export.appendingPathComponent("\(Self.example).ipynb"))
    #expect(ExportNotebookEndToEndTests.cellIDs(notebook) == [
      "header", "setup", "fan-chart-title", "fan-chart", "total-histogram-title", "total-histogram", "ranking-title", "ranking",
    ])
    let metadata = (notebook["metadata"] as? [String: Any])?["streamcost"] as? [String: Any]
    #expect(metadata?["charts"] as? [String] == ["fan_chart.png", "total_histogram.png"])
  }

  /// Recorded in the ledger: `runs list` and `runs show` name the seed and samples, `runs show
  /// --out` writes the run's files again byte for byte, and `export notebook --run` gives the same
  /// files and cells as an export of the run's folder, its header naming the ledger run.
  @Test func aRecordedRunListsShowsAndExports() throws {
    let ledger = try CLIHarness.temporaryDirectory().appendingPathComponent("runs.sqlite").path
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let ran = try CLIHarness.run(Self.uncertaintyArguments(out: out.path, samples: 50) + ["--seed", "5", "--ledger", ledger])
    try #require(ran.status == 0, "stderr: \(ran.stderr)")
    #expect(ran.stderr == "streamcost: recorded run 1 in \(ledger)\n")
    let list = try CLIHarness.run(["runs", "list", "--ledger", ledger])
    #expect(list.stdout.contains("\tuncertainty: 50 samples, seed 5, precision 0%; at the inputs' p50, USD/month: "), "\(list.stdout)")
    let shown = try CLIHarness.temporaryDirectory().appendingPathComponent("shown")
    let show = try CLIHarness.run(["runs", "show", "1", "--ledger", ledger, "--out", shown.path])
    #expect(show.status == 0, "stderr: \(show.stderr)")
    #expect(show.stdout.contains("uncertainty: 50 samples, seed 5, precision 0%, short > 0 h, every sample drawn; files monthly_quantiles.csv"))
    for file in Self.files {
      #expect(try Data(contentsOf: shown.appendingPathComponent(file)) == Data(contentsOf: out.appendingPathComponent(file)), "\(file)")
    }
    let fromFolder = try CLIHarness.temporaryDirectory().appendingPathComponent("deck")
    let fromLedger = try CLIHarness.temporaryDirectory().appendingPathComponent("deck-ledger").appendingPathComponent("deck")
    #expect(try CLIHarness.run(["export", "notebook", "--from", out.path, "--out", fromFolder.path]).status == 0)
    let exported = try CLIHarness.run(["export", "notebook", "--run", "1", "--ledger", ledger, "--out", fromLedger.path])
    #expect(exported.status == 0, "stderr: \(exported.stderr)")
    for file in Self.files {
      #expect(try Data(contentsOf: fromLedger.appendingPathComponent(file)) == Data(contentsOf: fromFolder.appendingPathComponent(file)))
    }
    let a = try ExportNotebookEndToEndTests.notebook(fromFolder.appendingPathComponent("deck.ipynb"))
    let b = try ExportNotebookEndToEndTests.notebook(fromLedger.appendingPathComponent("deck.ipynb"))
    #expect(ExportNotebookEndToEndTests.cellIDs(a) == ExportNotebookEndToEndTests.cellIDs(b))
    let header = ((b["cells"] as? [[String: Any]])?.first?["source"] as? [String])?.joined() ?? ""
    #expect(header.contains("| exported from | run 1 of the ledger, recorded "))
    #expect(header.contains("| seed | 5 |"))
  }

  /// A folder missing one of the run's files is refused naming it (exit 66), and nothing is written.
  @Test func anIncompleteFolderIsRefused() throws {
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let ran = try CLIHarness.run(Self.uncertaintyArguments(out: out.path, samples: 20) + ["--no-ledger"])
    try #require(ran.status == 0, "stderr: \(ran.stderr)")
    try FileManager.default.removeItem(at: out.appendingPathComponent("monthly_quantiles.csv"))
    let export = try CLIHarness.temporaryDirectory().appendingPathComponent("deck")
    let result = try CLIHarness.run(["export", "notebook", "--from", out.path, "--out", export.path])
    #expect(result.status == 66, "\(result.stderr)")
    #expect(result.stderr.contains("monthly_quantiles.csv: no such file"), "\(result.stderr)")
    #expect(CLIHarness.contents(of: export) == nil)
  }
}
