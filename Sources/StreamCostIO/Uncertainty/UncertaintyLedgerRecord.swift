import Foundation
import StreamCost

/// The ledger record of an `uncertainty` run: the scenario, price book and measured-series files as
/// `compare` records them, the seed and sample counts, and the text of every file the run writes.
///
/// The run's comparison is the scenario simulated once at its inputs' p50 with the documented
/// defaults (exactly what `compare` gives), so `runs list`, `runs show` and `runs diff` have the
/// same figures to show for it as for a `compare` run; the Monte Carlo figures are in its files.
public enum UncertaintyLedgerRecord {
  public static func make(
    _ run: UncertaintyRun, result: UncertaintyRun.Result, options: UncertaintyRun.Options,
    files: [(name: String, contents: String)], recordedAt: String, toolVersion: String
  ) throws -> RunRecord {
    let template = run.template
    var sink = DiscardingSink()
    let base = try template.base.simulated(with: template.book, timeline: &sink)
    let uncertainty = UncertaintyRecord(
      seed: options.seed, samples: result.summary.samples, requestedSamples: options.samples, precision: options.precision,
      shortHours: options.shortHours, converged: result.converged,
      files: files.map { RecordedFile(path: $0.name, text: $0.contents) })
    return RunRecord(
      recordedAt: recordedAt, toolVersion: toolVersion, scenarioFile: template.file, scenarioText: template.text,
      priceBookPath: template.book.info.location, book: template.book, comparison: base.comparison, events: base.events,
      series: try template.base.seriesFiles.map { RecordedFile(path: $0, text: try TextFile.read($0)) },
      uncertainty: uncertainty)
  }
}
