import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost export`: a run in another shape, for other tools.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a run for other tools.", subcommands: [NotebookExportCommand.self])
  }

  /// `streamcost export notebook`: a folder with the run's CSV files and a Jupyter notebook charting them.
  struct NotebookExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "notebook",
      abstract: "Write a Jupyter notebook (nbformat 4.5) that charts a run, next to the run's CSV files.",
      discussion: """
        Give the run as --from OUT_DIR (a folder written by `compare --out` or `uncertainty --out`) or --run ID (a run \
        in the ledger). An uncertainty run gets a fan chart of each architecture's monthly total and a histogram of its \
        total over the samples. \
        The folder gets the CSV files and NAME.ipynb, NAME being the folder's name; run the notebook from there and it \
        saves each chart as a PNG file beside it. From the ledger, the timeline and monthly bill are simulated again \
        from the stored scenario and price book; if that no longer gives the recorded figures, the notebook says so \
        and leaves those charts out.
        """)

    @Option(name: .customLong("run"), help: "Run id in the ledger (see `runs list`).") var runID: Int64?
    @Option(help: "Folder written by `streamcost compare --out` or `streamcost uncertainty --out`.") var from: String?
    @Option(help: "Folder to write (default: notebooks-export/<scenario>); the notebook is named after it.") var out: String?
    @OptionGroup var ledger: LedgerOptions

    func validate() throws {
      switch (runID, from) {
      case (nil, nil): throw ValidationError("give the run to export: --from OUT_DIR (a `compare --out` folder) or --run ID (a ledger run)")
      case (.some, .some): throw ValidationError("give either --from OUT_DIR or --run ID, not both")
      default: break
      }
      if let out, out.isEmpty { throw ValidationError("--out: empty path; give a folder such as notebooks-export/NAME") }
    }

    func run() throws {
      do {
        if let from, UncertaintyFolderReader.isUncertaintyFolder(from) {
          let (run, files) = try UncertaintyFolderReader.read(from)
          try write(UncertaintyNotebook.make(run), scenario: run.scenario, files)
        } else if let from {
          let (run, files) = try RunFolderReader.read(from)
          try write(run, files)
        } else if let id = runID {
          guard FileManager.default.fileExists(atPath: ledger.path) else {
            throw InputError(
              file: ledger.path, message: "no such ledger",
              accepted: "a ledger `streamcost compare` recorded into: --ledger PATH, $STREAMCOST_LEDGER or ./streamcost.sqlite",
              kind: .unreadable)
          }
          let stored = try ledger.openForReading().run(id)
          let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("streamcost-export-\(UUID().uuidString)").path
          try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
          defer { try? FileManager.default.removeItem(atPath: scratch) }
          if let uncertainty = stored.uncertainty {
            let (run, files) = try UncertaintyFolderReader.read(stored, uncertainty, scratch: scratch)
            try write(UncertaintyNotebook.make(run), scenario: run.scenario, files)
          } else {
            let (run, files) = LedgerRunReader.read(stored, scratch: scratch)
            try write(run, files)
          }
        }
      } catch let error as ExitCode {
        throw error
      } catch {
        throw ExitStatus.report(error)
      }
    }

    func write(_ notebook: Notebook, scenario: String, _ files: [OutputFile]) throws {
      let folder = out ?? NotebookExport.defaultFolder(scenario: scenario)
      let names = try NotebookExport.write(notebook, files: files, to: folder)
      print(TerminalText.escaped("\(folder): \(names.joined(separator: ", "))"))
    }

    func write(_ run: NotebookRun, _ files: [OutputFile]) throws {
      let folder = out ?? NotebookExport.defaultFolder(scenario: run.scenario)
      let names = try NotebookExport.write(run, files: files, to: folder)
      print(TerminalText.escaped("\(folder): \(names.joined(separator: ", "))"))
      if let reason = run.missingSimulationReason {
        FileHandle.standardError.write(Data("streamcost: note: no monthly or brokers charts: \(reason)\n".utf8))
      }
    }
  }
}
