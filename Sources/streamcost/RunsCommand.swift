import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost runs`: the run ledger.
  struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List, show and compare runs recorded in the SQLite ledger.", subcommands: [List.self, Show.self, Diff.self])

    /// `runs list`: newest first.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "List recorded runs, newest first, with each architecture's total.")
      @OptionGroup var ledger: LedgerOptions
      @Option(help: "table or csv.") var format: ListFormat = .table

      func run() throws {
        do {
          let runs = try ledger.openForReading().list()
          print(format == .csv ? RunTables.listCSV(runs) : RunTables.list(runs), terminator: "")
        } catch { throw ExitStatus.report(error) }
      }
    }

    /// `runs show ID`: the run's tables again, from the ledger alone.
    struct Show: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Show a recorded run's comparison again, from the ledger alone.")
      @Argument(help: "Run id (see `runs list`).") var id: Int64
      @OptionGroup var ledger: LedgerOptions
      @Option(help: "table, csv (the summary) or json.") var format: OutputFormat = .table
      @Option(help: "Folder to write the run's CSV files into again, with focus.csv when its stored scenario still reproduces it.")
      var out: String?

      /// `focus.csv` rebuilt by simulating the stored scenario again, or nothing (and why, on stderr).
      func focusFile(_ stored: StoredRun) -> [(name: String, contents: String)] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("streamcost-focus-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        switch LedgerRunReader.focusFile(stored, scratch: scratch) {
        case .success(let file): return [file]
        case .failure(let reason):
          FileHandle.standardError.write(Data("streamcost: focus.csv not written: \(reason.text)\n".utf8))
          return []
        }
      }

      func run() throws {
        do {
          let stored = try ledger.openForReading().run(id)
          if let out {
            // An uncertainty run's own files, run.csv included, take the place of the comparison's of the same name.
            let recorded = stored.uncertainty?.files.map { (name: $0.path, contents: $0.text) } ?? []
            let comparison = (ReportCSV.files(stored.comparison) + focusFile(stored)).filter { file in !recorded.contains { $0.name == file.name } }
            try OutputDirectory.write(comparison + recorded, to: out)
          }
          switch format {
          case .table:
            print(TerminalText.report("run \(stored.id) · recorded \(stored.recordedAt) · streamcost \(stored.toolVersion) · \(stored.scenarioFile) (sha256 \(stored.scenarioSHA256.prefix(12))) · \(stored.priceBookPath)"))
            for file in stored.series { print(TerminalText.report("measured series \(file.path) (sha256 \(file.sha256.prefix(12)))")) }
            if let u = stored.uncertainty {
              print(TerminalText.report("\(u.label), short > \(Format.number(u.shortHours)) h, \(u.converged ? "stopped at the precision" : "every sample drawn"); files \(u.files.map(\.path).joined(separator: ", "))"))
              print("the comparison below is the scenario at its inputs' p50 (what `compare` gives); the Monte Carlo figures are in quantiles.csv (--out)")
            }
            print(ComparisonTable.render(stored.comparison), terminator: "")
          case .csv: print(ReportCSV.summary(stored.comparison), terminator: "")
          case .json: print(try ComparisonJSON.render(stored.comparison), terminator: "")
          }
        } catch { throw ExitStatus.report(error) }
      }
    }

    /// `runs diff A B`: what changed between two runs, and why.
    struct Diff: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Compare two recorded runs: cost per architecture and category, and the scenario fields and price rows that changed.")
      @Argument(help: "The earlier run id.") var old: Int64
      @Argument(help: "The later run id.") var new: Int64
      @OptionGroup var ledger: LedgerOptions
      @Option(help: "table or csv.") var format: ListFormat = .table

      func run() throws {
        do {
          let ledger = try ledger.openForReading()
          let a = try ledger.run(old)
          let b = try ledger.run(new)
          let diff = RunDiff(
            old: a.comparison, new: b.comparison, oldFields: ScenarioFields.flatten(a.scenarioText),
            newFields: ScenarioFields.flatten(b.scenarioText), oldBook: a.book, newBook: b.book)
          print(format == .csv ? RunTables.diffCSV(diff) : RunTables.diff(diff, old: old, new: new, currency: b.book.info.currency), terminator: "")
        } catch { throw ExitStatus.report(error) }
      }
    }
  }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv
}
