import Foundation
import StreamCost

/// The terminal report of `uncertainty`: a line on the run, each architecture's spread with a text
/// box plot, and the inputs drawn.
public enum UncertaintyTables {
  /// Characters across a box plot.
  public static let plotWidth = 32

  public static func report(_ run: UncertaintyRun, result: UncertaintyRun.Result, options: UncertaintyRun.Options) -> String {
    let s = result.summary
    let currency = run.template.book.info.currency
    let stop =
      result.converged
      ? "stopped when every P50's standard error fell below \(percent(options.precision))"
      : "all \(options.samples) samples drawn"
    var text = "\(run.template.base.scenario.name): \(s.samples) samples, seed \(options.seed), \(run.plan.inputs.count) uncertain inputs, \(stop)\n"
    text += "mean monthly cost (\(currency)); box plot: whiskers P5–P95, box P25–P75, ┃ median\n"
    let low = s.architectures.map(\.total.p5).min() ?? 0
    let high = s.architectures.map(\.total.p95).max() ?? 0
    var table = TextTable(
      header: ["architecture", "P10", "P50", "P90", "mean", "P50 ±", "cheapest", "short > \(Format.number(s.shortHours, places: 1)) h", "\(whole(low)) … \(whole(high))"],
      alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
    table.maxCellWidth = plotWidth + 8
    for arch in s.architectures {
      let t = arch.total
      table.rows.append([
        arch.name, whole(t.p10), whole(t.p50), whole(t.p90), whole(t.mean), percent(t.relativeP50Error),
        percent(arch.probabilityCheapest), percent(arch.probabilityShort), boxPlot(t, low: low, high: high),
      ])
    }
    text += table.render()
    var inputs = TextTable(header: ["input", "distribution", "sampled P10", "P50", "P90"], alignments: [.left, .left, .right, .right, .right])
    for (j, input) in run.plan.inputs.enumerated() {
      let q = SampleQuantiles(result.samples.map { $0[j] })
      inputs.rows.append([input.name, describe(input)] + [0.1, 0.5, 0.9].map { input.like.with(value: q.quantile($0)).label })
    }
    return text + "\n" + inputs.render()
  }

  /// A box plot of `spread` on the scale `low`…`high`, ``plotWidth`` characters wide.
  public static func boxPlot(_ spread: UncertaintySummary.Spread, low: Double, high: Double) -> String {
    func column(_ x: Double) -> Int {
      guard high > low else { return plotWidth / 2 }
      return min(plotWidth - 1, max(0, Int(((x - low) / (high - low) * Double(plotWidth - 1)).rounded())))
    }
    var cells = [Character](repeating: " ", count: plotWidth)
    for i in column(spread.p5)...column(spread.p95) { cells[i] = "─" }
    for i in column(spread.p25)...column(spread.p75) { cells[i] = "█" }
    cells[column(spread.p50)] = "┃"
    return String(String(cells).reversed().drop { $0 == " " }.reversed())
  }

  static func describe(_ input: UncertainInput) -> String {
    switch input.distribution {
    case .triangular(let low, let mode, let high):
      "triangular \([low, mode, high].map { input.like.with(value: $0).label }.joined(separator: " / "))"
    case .lognormal(let mu, let sigma):
      "lognormal median \(input.like.with(value: exp(mu)).label), σ \(Format.number(sigma, places: 3))"
    case .normal(let mean, let sigma):
      "normal mean \(input.like.with(value: mean).label), σ \(input.like.with(value: sigma).label)"
    }
  }

  static func whole(_ value: Double) -> String { Format.grouped(Decimal(value.rounded()), places: 0) }
  static func percent(_ value: Double) -> String { value.isFinite ? "\(Format.number(value * 100, places: 2))%" : "-" }
}
