import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost compare`: simulates every architecture of a scenario and compares them side by side.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Simulate every architecture of a scenario over its horizon and compare their bills.",
      discussion: """
        Prints a table (or CSV/JSON) and, with --out, writes summary.csv, line_items.csv, assumptions.csv, \
        sizing.csv, run.csv, timeline.csv, scaling_events.csv, monthly.csv and focus.csv (FOCUS 1.0).
        """
    )

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @OptionGroup var pricing: PricingOptions

    @Option(help: "Folder to write the CSV files into (created if missing).")
    var out: String?

    @Option(help: "What to print: table, csv (the summary) or json.")
    var format: OutputFormat = .table

    @Option(help: "Aggregate timeline.csv into buckets of this length, e.g. 1h (a whole number of steps).")
    var timelineStep: String?

    @OptionGroup var ledger: LedgerOptions

    @Flag(help: "Do not record this run in the ledger.")
    var noLedger = false

    func validate() throws {
      if let timelineStep {
        do { _ = try QuantityParser.duration(timelineStep) } catch { throw ValidationError("--timeline-step: \(error)") }
        if out == nil { throw ValidationError("--timeline-step needs --out (it shapes timeline.csv)") }
      }
    }

    func run() throws {
      do {
        let document = try ScenarioLoader.document(scenario)
        let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
        // Open the ledger first, so a wrong --ledger fails before any file is written.
        let ledger = noLedger ? nil : try self.ledger.open()
        let result = try simulate(document, book: book)
        if let ledger { try record(result, in: ledger, book: book, series: document.seriesFiles) }
        switch format {
        case .table:
          print(ComparisonTable.render(result.comparison), terminator: "")
          print("")
          let colour = TerminalColour.enabled(
            isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
          print(CostBars.render(result.comparison, colour: colour), terminator: "")
          print("")
          print(EventsSummaryTable.render(result), terminator: "")
        case .csv: print(ReportCSV.summary(result.comparison), terminator: "")
        case .json: print(try ComparisonJSON.render(result.comparison), terminator: "")
        }
      } catch {
        throw ExitStatus.report(error)
      }
    }

    /// Runs the simulation; with --out, streams the timeline to timeline.csv and writes every file,
    /// all or nothing.
    func simulate(_ document: ScenarioDocument, book: PriceBook) throws -> SimulationResult {
      guard let out else {
        var sink = DiscardingSink()
        return try document.simulated(with: book, timeline: &sink)
      }
      let scenario = document.scenario
      let writer = try TimelineCSVWriter(
        path: (out as NSString).appendingPathComponent(SimulationCSV.timelineFileName), start: scenario.time.start,
        architectures: scenario.architectures.map(\.name))
      do {
        let result: SimulationResult
        if let timelineStep {
          var sink = try TimelineAggregator(
            inner: writer, bucket: try QuantityParser.duration(timelineStep), step: scenario.time.step)
          result = try document.simulated(with: book, timeline: &sink)
          sink.flush()
        } else {
          var sink = writer
          result = try document.simulated(with: book, timeline: &sink)
        }
        try writer.close()
        let focus = (FocusCSV.fileName, FocusCSV.document(result, book: book))
        try OutputDirectory.write(ReportCSV.files(result.comparison) + SimulationCSV.files(result) + [focus], to: out)
        try writer.finish()
        return result
      } catch {
        writer.abandon()
        throw error
      }
    }

    /// Records the run in the ledger (one transaction), with the measured-series files it read, and says where on stderr.
    func record(_ result: SimulationResult, in ledger: Ledger, book: PriceBook, series: [String]) throws {
      let id = try ledger.record(
        RunRecord(
          recordedAt: ISO8601DateFormatter().string(from: Date()), toolVersion: ToolVersion.current,
          scenarioFile: scenario, scenarioText: try TextFile.read(scenario), priceBookPath: book.info.location,
          book: book, comparison: result.comparison, events: result.events,
          series: try series.map { RecordedFile(path: $0, text: try TextFile.read($0)) }))
      FileHandle.standardError.write(Data("streamcost: recorded run \(id) in \(ledger.path)\n".utf8))
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
