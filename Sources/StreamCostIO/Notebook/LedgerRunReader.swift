import Foundation
import StreamCost

/// Prepares a ledger run for `export notebook --run ID`.
///
/// The ledger keeps the comparison (summary, line items, assumptions, sizing), the scenario's
/// text and the price book, but not the timeline or the monthly bill. So the stored scenario is
/// simulated again with the stored price book, and its simulation files are exported only if
/// that reproduces the recorded comparison exactly (same CSV bytes). The timeline is then
/// written in 1-hour buckets (``TimelineAggregator``) when the scenario's step divides an hour,
/// to keep the export small.
///
/// When the stored scenario cannot be read again (a measured series file it names has moved) or
/// no longer gives the recorded figures (the model or a series changed since), the notebook keeps
/// the recorded comparison and says, in place of the monthly and brokers charts, why they are missing.
public enum LedgerRunReader {
  /// Length of the timeline buckets written for a ledger run.
  public static let timelineBucket = TimeSpan(seconds: TimeGrid.secondsPerHour)

  /// The run and the files to export. `scratch` is an empty folder for the re-simulated timeline;
  /// the caller removes it once the export is written.
  public static func read(_ stored: StoredRun, scratch: String) -> (run: NotebookRun, files: [OutputFile]) {
    let c = stored.comparison
    var files = ReportCSV.files(c).map { OutputFile.text(name: $0.name, contents: $0.contents) }
    let origin = "run \(stored.id) of the ledger, recorded \(stored.recordedAt) by streamcost \(stored.toolVersion) from `\(stored.scenarioFile)` (sha256 \(stored.scenarioSHA256.prefix(12)))"
    var run = NotebookRun(
      scenario: c.scenario, description: c.description, priceBook: c.book.label, priceBookVersion: c.book.asOf,
      currency: c.book.currency, month: c.month.label, basis: c.basis, periodStart: nil, months: nil, origin: origin,
      architectures: c.results.map(\.name), assumptions: assumptionRows(c), hasSimulation: false, missingSimulationReason: nil)
    switch resimulate(stored, scratch: scratch) {
    case .success(let (result, timeline)):
      files += SimulationCSV.files(result).map { OutputFile.text(name: $0.name, contents: $0.contents) }
      files.append(.copy(name: SimulationCSV.timelineFileName, from: timeline))
      run.hasSimulation = true
      run.periodStart = ISOTimestamp.format(result.grid.start)
      run.months = result.months.count
    case .failure(let reason):
      run.missingSimulationReason = reason.text
    }
    return (run, files)
  }

  /// `focus.csv` for a ledger run (`runs show --out`): the FOCUS export needs every billed month,
  /// which the ledger does not keep, so the stored scenario is simulated again with the stored
  /// book; the export is written only if that reproduces the recorded comparison exactly.
  public static func focusFile(_ stored: StoredRun, scratch: String) -> Result<(name: String, contents: String), Unavailable> {
    resimulate(stored, scratch: scratch).map { result, _ in
      (FocusCSV.fileName, FocusCSV.document(result, book: stored.book))
    }
  }

  /// Why the simulation files could not be rebuilt, in words for the notebook.
  public struct Unavailable: Error {
    public var text: String
  }

  /// The stored scenario simulated again, if it reproduces the stored comparison; the timeline in `scratch`.
  static func resimulate(_ stored: StoredRun, scratch: String) -> Result<(SimulationResult, String), Unavailable> {
    let document: ScenarioDocument
    do {
      document = try ScenarioLoader.parseDocument(stored.scenarioText, file: stored.scenarioFile)
    } catch {
      return .failure(Unavailable(text: "the ledger keeps no timeline or monthly bill, and the run's stored scenario could not be simulated again here (\(error.errors.first?.description ?? "unreadable")). The charts above come from the recorded comparison."))
    }
    let path = (scratch as NSString).appendingPathComponent(SimulationCSV.timelineFileName)
    do {
      let scenario = document.scenario
      let writer = try TimelineCSVWriter(path: path, start: scenario.time.start, architectures: scenario.architectures.map(\.name))
      let result: SimulationResult
      do {
        if timelineBucket.seconds > scenario.time.step.seconds,
          var sink = try? TimelineAggregator(inner: writer, bucket: timelineBucket, step: scenario.time.step)
        {
          result = try document.simulated(with: stored.book, timeline: &sink)
          sink.flush()
        } else {
          var sink = writer
          result = try document.simulated(with: stored.book, timeline: &sink)
        }
        try writer.finish()
      } catch {
        writer.abandon()
        throw error
      }
      guard reproduces(result.comparison, stored.comparison) else {
        return .failure(Unavailable(text: "the ledger keeps no timeline or monthly bill, and simulating the run's stored scenario again with its stored price book no longer gives the recorded figures (the model, or a measured series the scenario reads, has changed since it was recorded). The charts above come from the recorded comparison."))
      }
      return .success((result, path))
    } catch {
      return .failure(Unavailable(text: "the ledger keeps no timeline or monthly bill, and simulating the run's stored scenario again failed (\(error)). The charts above come from the recorded comparison."))
    }
  }

  /// True when both comparisons write the same report files, byte for byte.
  static func reproduces(_ again: Comparison, _ recorded: Comparison) -> Bool {
    ReportCSV.files(again).map(\.contents) == ReportCSV.files(recorded).map(\.contents)
  }

  /// The comparison's assumptions as `assumptions.csv` rows without the scenario column.
  static func assumptionRows(_ c: Comparison) -> [[String]] {
    c.allAssumptions.map { [$0.scope, $0.name, $0.value, $0.unit, $0.origin.rawValue, $0.uncertain ? "true" : "false", $0.source] }
  }
}
