import Foundation
import StreamCost

/// The CSV files of `uncertainty`. Amounts are mean monthly costs over the horizon (as in
/// `compare`'s summary.csv), rounded to the cent; probabilities are fractions.
public enum UncertaintyCSV {
  public static let quantilesFileName = "quantiles.csv"
  public static let samplesFileName = "samples.csv"
  public static let rankingFileName = "ranking.csv"
  public static let monthlyQuantilesFileName = "monthly_quantiles.csv"
  public static let runFileName = "run.csv"

  /// Every file of `uncertainty --out`, in the order written; the same seed gives the same bytes.
  public static func files(_ run: UncertaintyRun, result: UncertaintyRun.Result, options: UncertaintyRun.Options) -> [(name: String, contents: String)] {
    let currency = run.template.book.info.currency
    return [
      (quantilesFileName, quantiles(result, currency: currency)),
      (monthlyQuantilesFileName, monthlyQuantiles(result, currency: currency)),
      (samplesFileName, samples(run, result: result)),
      (rankingFileName, ranking(result)),
      (runFileName, runInfo(run, result: result, options: options)),
    ]
  }

  public static let monthlyQuantilesColumns = [
    "architecture", "type", "month", "month_start", "mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "samples", "currency",
  ]

  /// One row per architecture × billed month of the horizon: the spread of that month's total
  /// over the samples (the fan chart of the exported notebook).
  public static func monthlyQuantiles(_ result: UncertaintyRun.Result, currency: String) -> String {
    let s = result.summary
    var rows: [[CSVCell]] = []
    for arch in s.architectures {
      for (m, spread) in arch.monthly.enumerated() {
        rows.append(
          [.text(arch.name), .text(arch.kind.rawValue), .int(m + 1), .text(ISOTimestamp.format(s.monthStarts[m]))]
            + [spread.mean, spread.p5, spread.p10, spread.p25, spread.p50, spread.p75, spread.p90, spread.p95].map(money)
            + [.int(s.samples), .text(currency)])
      }
    }
    return CSVWriter.document(header: monthlyQuantilesColumns, rows: rows)
  }

  public static let runKeys = [
    "scenario", "description", "price_book", "price_book_version", "currency", "month", "seed", "samples", "requested_samples",
    "precision", "short_hours", "converged",
  ]

  /// `run.csv` (key, value): what was run and how the samples were drawn; `--jobs` is left out,
  /// since no output depends on it.
  public static func runInfo(_ run: UncertaintyRun, result: UncertaintyRun.Result, options: UncertaintyRun.Options) -> String {
    let scenario = run.template.base.scenario
    let book = run.template.book.info
    let values = [
      scenario.name, scenario.description, book.label, book.asOf, book.currency, scenario.month.label, String(options.seed),
      String(result.summary.samples), String(options.samples), Format.number(options.precision), Format.number(options.shortHours),
      String(result.converged),
    ]
    return CSVWriter.document(header: RunInfoCSV.columns, rows: zip(runKeys, values).map { [.text($0), .text($1)] })
  }

  public static let quantilesColumns = [
    "architecture", "type", "category", "mean", "p5", "p10", "p50", "p90", "p95", "p50_standard_error", "samples", "currency",
  ]

  /// One row per architecture × (total, then each cost category).
  public static func quantiles(_ result: UncertaintyRun.Result, currency: String) -> String {
    var rows: [[CSVCell]] = []
    for arch in result.summary.architectures {
      let spreads = [("total", arch.total)] + zip(CostCategory.allCases.map(\.rawValue), arch.categories).map { ($0, $1) }
      for (category, s) in spreads {
        rows.append(
          [.text(arch.name), .text(arch.kind.rawValue), .text(category)]
            + [s.mean, s.p5, s.p10, s.p50, s.p90, s.p95, s.p50Error].map(money)
            + [.int(result.summary.samples), .text(currency)])
      }
    }
    return CSVWriter.document(header: quantilesColumns, rows: rows)
  }

  /// One row per sample: its index, each input's value in base units (bytes/s, s, a number or a
  /// price factor), then each architecture's mean monthly total.
  public static func samples(_ run: UncertaintyRun, result: UncertaintyRun.Result) -> String {
    let header = ["sample"] + run.plan.inputs.map(\.name) + result.summary.architectures.map(\.name)
    let rows: [[CSVCell]] = zip(result.samples, result.outcomes).enumerated().map { index, pair in
      [.int(index)] + pair.0.map { .number(Format.number($0, places: 6)) }
        + pair.1.architectures.map { .decimal(ExactDecimal.round($0.total, places: 2)) }
    }
    return CSVWriter.document(header: header, rows: rows)
  }

  public static let rankingColumns = ["architecture", "type", "probability_cheapest", "probability_short", "short_hours_above", "samples"]

  /// One row per architecture: how often it is the cheapest, and how often short of capacity for more than the threshold.
  public static func ranking(_ result: UncertaintyRun.Result) -> String {
    let s = result.summary
    let rows: [[CSVCell]] = s.architectures.map { arch in
      [
        .text(arch.name), .text(arch.kind.rawValue), .number(Format.number(arch.probabilityCheapest, places: 4)),
        .number(Format.number(arch.probabilityShort, places: 4)), .double(s.shortHours), .int(s.samples),
      ]
    }
    return CSVWriter.document(header: rankingColumns, rows: rows)
  }

  static func money(_ value: Double) -> CSVCell { .number(Format.number((value * 100).rounded() / 100, places: 2)) }
}
