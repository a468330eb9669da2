import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost compare`: prices every architecture of a scenario side by side.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Price every architecture of a scenario for one month and compare them.",
      discussion: "Prints a table (or CSV/JSON) and, with --out, writes summary.csv, line_items.csv, assumptions.csv and sizing.csv."
    )

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @OptionGroup var pricing: PricingOptions

    @Option(help: "Folder to write the CSV files into (created if missing).")
    var out: String?

    @Option(help: "What to print: table, csv (the summary) or json.")
    var format: OutputFormat = .table

    @OptionGroup var ledger: LedgerOptions

    @Flag(help: "Do not record this run in the ledger.")
    var noLedger = false

    func run() throws {
      do {
        let document = try ScenarioLoader.document(scenario)
        let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
        let comparison = try document.priced(with: book)
        // Open the ledger first, so a wrong --ledger fails before any file is written.
        let ledger = noLedger ? nil : try self.ledger.open()
        if let out { try OutputDirectory.write(ReportCSV.files(comparison), to: out) }
        if let ledger { try record(comparison, in: ledger, book: book) }
        switch format {
        case .table: print(ComparisonTable.render(comparison), terminator: "")
        case .csv: print(ReportCSV.summary(comparison), terminator: "")
        case .json: print(try ComparisonJSON.render(comparison), terminator: "")
        }
      } catch {
        throw ExitStatus.report(error)
      }
    }

    /// Records the run in the ledger (one transaction) and says where on stderr.
    func record(_ comparison: Comparison, in ledger: Ledger, book: PriceBook) throws {
      let id = try ledger.record(
        RunRecord(
          recordedAt: ISO8601DateFormatter().string(from: Date()), toolVersion: ToolVersion.current,
          scenarioFile: scenario, scenarioText: try TextFile.read(scenario), priceBookPath: book.info.location,
          book: book, comparison: comparison))
      FileHandle.standardError.write(Data("streamcost: recorded run \(id) in \(ledger.path)\n".utf8))
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
