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
        let folder = try out.map { path throws(InputError) in try StagedFolder(destination: path) }
        let result = try simulate(document, book: book, into: folder)
        if let ledger {
          try record(result, in: ledger, book: book, series: document.seriesFiles, publishing: folder)
        } else if let folder {
          try folder.publish()
          folder.finish()
        }
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

    /// Runs the simulation; with --out, streams the timeline to timeline.csv and writes every file
    /// into the staged `folder`, which is put in place only after the run is recorded.
    func simulate(_ document: ScenarioDocument, book: PriceBook, into folder: StagedFolder?) throws -> SimulationResult {
      guard let folder else {
        var sink = DiscardingSink()
        return try document.simulated(with: book, timeline: &sink)
      }
      let scenario = document.scenario
      let writer = try TimelineCSVWriter(
        path: folder.path(SimulationCSV.timelineFileName), start: scenario.time.start,
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
        try writer.finish()
        let focus = (FocusCSV.fileName, FocusCSV.document(result, book: book))
        try OutputDirectory.stage(ReportCSV.files(result.comparison) + SimulationCSV.files(result) + [focus], in: folder)
        return result
      } catch {
        writer.abandon()
        folder.abandon()
        throw error
      }
    }

    /// Records the run in the ledger (one transaction), with the measured-series files it read, and says where on stderr.
    func record(_ result: SimulationResult, in ledger: Ledger, book: PriceBook, series: [String], publishing folder: StagedFolder?) throws {
      let run = try runRecord(result, book: book, series: series)
      let id = try ledger.record(run, publishing: folder)
      FileHandle.standardError.write(Data("streamcost: recorded run \(id) in \(ledger.path)\n".utf8))
    }

    func runRecord(_ result: SimulationResult, book: PriceBook, series: [String]) throws -> RunRecord {
      RunRecord(
          recordedAt: ISO8601DateFormatter().string(from: Date()), toolVersion: ToolVersion.current,
          scenarioFile: scenario, scenarioText: try TextFile.read(scenario), priceBookPath: book.info.location,
          book: book, comparison: result.comparison, events: result.events,
          series: try series.map { RecordedFile(path: $0, text: try TextFile.read($0)) })
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
