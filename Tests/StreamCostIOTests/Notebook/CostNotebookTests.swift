import Foundation
import Testing

@testable import StreamCostIO

/// The exported notebook's cells: fixed ids in a fixed order, a header from the run alone,
/// code that reads the CSV files by relative path, and a note in place of missing charts.
struct CostNotebookTests {
  static func run(simulation: Bool = true) -> NotebookRun {
    NotebookRun(
      scenario: "spike", description: "A *test* scenario\n", priceBook: "aws/us-east-1@2026-07-20", priceBookVersion: "2026-07-20",
      currency: "USD", month: "730h", basis: "simulated: 720 steps of 1h", periodStart: simulation ? "2026-01-01T00:00:00Z" : nil,
      months: simulation ? 2 : nil, origin: "a `streamcost compare --out` folder", architectures: ["kafka", "diskless"],
      assumptions: [
        ["", "topology.azs", "3", "AZs", "default", "false", "docs/model.md §1"],
        ["diskless", "architectures[1].throughput_per_vcpu", "44739242.666667", "bytes/s", "default", "true", "WarpStream | benchmark"],
      ],
      hasSimulation: simulation, missingSimulationReason: simulation ? nil : "the folder has no simulation files.")
  }

  @Test func cellsComeInAFixedOrderWithPurposeIds() {
    let notebook = CostNotebook.make(Self.run())
    #expect(
      notebook.cells.map(\.id) == [
        "header", "assumptions", "setup", "cost-by-category-title", "cost-by-category", "monthly-cost-title", "monthly-cost",
        "brokers-over-time-title", "brokers-over-time", "cross-az-share-title", "cross-az-share", "cost-difference-title",
        "cost-difference",
      ])
    #expect(notebook.cells.filter { $0.kind == .code }.map(\.id) == [
      "setup", "cost-by-category", "monthly-cost", "brokers-over-time", "cross-az-share", "cost-difference",
    ])
    #expect(notebook.charts == ["cost_by_category.png", "monthly_cost.png", "brokers_over_time.png", "cross_az_share.png", "cost_difference.png"])
  }

  @Test func withoutSimulationFilesTheMonthlyAndBrokersChartsGiveWayToANote() {
    let notebook = CostNotebook.make(Self.run(simulation: false))
    #expect(notebook.cells.map(\.id).contains("simulation-missing"))
    #expect(!notebook.cells.map(\.id).contains("monthly-cost"))
    #expect(!notebook.cells.map(\.id).contains("brokers-over-time"))
    let note = notebook.cells.first { $0.id == "simulation-missing" }?.source
    #expect(note == "## The bill month by month, and brokers over time\n\nNot in this export: the folder has no simulation files.")
    #expect(notebook.charts == ["cost_by_category.png", "cross_az_share.png", "cost_difference.png"])
    // No code cell reads a file the export does not have.
    let code = notebook.cells.filter { $0.kind == .code }.map(\.source).joined()
    #expect(!code.contains("timeline.csv") && !code.contains("monthly.csv") && !code.contains("scaling_events.csv"))
  }

  @Test func theHeaderNamesScenarioBookVersionPeriodAndConventions() throws {
    let header = try #require(CostNotebook.make(Self.run()).cells.first?.source)
    #expect(header.hasPrefix("# spike: what each architecture costs\n\nA \\*test\\* scenario\n\n"))
    #expect(header.contains("| price book | `aws/us-east-1@2026-07-20`, version (as of) 2026-07-20 |\n"))
    #expect(header.contains("| simulated period | from 2026-01-01T00:00:00Z, 2 billed months |\n"))
    #expect(header.contains("| basis | simulated: 720 steps of 1h |\n"))
    #expect(header.contains("| architectures | `kafka`, `diskless` |\n"))
    #expect(header.contains("Money is in USD per month of 730h"))
  }

  @Test func anUnknownBookVersionIsSaidSo() throws {
    var run = Self.run()
    run.priceBook = "aws/us-east-1"
    run.priceBookVersion = nil
    let header = try #require(CostNotebook.make(run).cells.first?.source)
    #expect(header.contains("| price book | `aws/us-east-1`, version not recorded in this folder (re-run `compare --out` to record it) |\n"))
  }

  @Test func theAssumptionsTableHasEveryRowEscaped() throws {
    let table = try #require(CostNotebook.make(Self.run()).cells.first { $0.id == "assumptions" }?.source)
    #expect(table.contains("| all | `topology.azs` | 3 | AZs | default |  | docs/model.md §1 |\n"))
    #expect(
      table.contains(
        "| diskless | `architectures[1].throughput_per_vcpu` | 44739242.666667 | bytes/s | default | **uncertain** | WarpStream \\| benchmark |\n"))
  }

  @Test func codeReadsTheCSVFilesByRelativePathAndSavesEachChart() {
    let notebook = CostNotebook.make(Self.run())
    let code = notebook.cells.filter { $0.kind == .code }.map(\.source).joined(separator: "\n")
    for file in ["summary.csv", "monthly.csv", "timeline.csv", "scaling_events.csv"] {
      #expect(code.contains("pd.read_csv(\"\(file)\""), "\(file)")
    }
    for chart in notebook.charts {
      #expect(code.contains("save(fig, \"\(chart)\")"), "\(chart)")
    }
    #expect(!code.contains("/tmp") && !code.contains("plt.show()"))
  }

  @Test func theSameRunGivesTheSameBytes() {
    #expect(CostNotebook.make(Self.run()).text == CostNotebook.make(Self.run()).text)
  }

  @Test func theNotebookIsNbformat45WithAPythonKernelAndItsCharts() throws {
    let text = CostNotebook.make(Self.run()).text
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["nbformat"] as? Int == 4)
    #expect(object["nbformat_minor"] as? Int == 5)
    let metadata = try #require(object["metadata"] as? [String: Any])
    #expect((metadata["kernelspec"] as? [String: String])?["name"] == "python3")
    #expect((metadata["streamcost"] as? [String: Any])?["charts"] as? [String] == CostNotebook.charts(Self.run()))
    #expect(text.hasPrefix("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n"))
    #expect(text.hasSuffix("\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"))
  }
}
