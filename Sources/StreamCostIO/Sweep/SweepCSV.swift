import Foundation
import StreamCost

/// The CSV files of `sweep` and `sensitivity`. Column orders are stable; amounts are the mean
/// month over the horizon, as in `compare`'s summary.csv.
public enum SweepCSV {
  public static let sweepFileName = "sweep.csv"
  public static let crossoverFileName = "crossover.csv"
  public static let sensitivityFileName = "sensitivity.csv"

  /// One row per combination × architecture: for each varied parameter its value as written and
  /// in base units (`<path>_value`: bytes, bytes/s, seconds, fraction or number; 1 or 0 for true
  /// or false; empty for other words). `status` is `ok`, or `infeasible` when no instance type can
  /// carry the architecture there: then `binding_limit` says why, and rank, costs and scaling are empty.
  public static func sweep(_ run: SweepRun, outcomes: [SweepOutcome]) -> String {
    var header = ["combination"]
    for axis in run.grid.axes { header += [axis.path, "\(axis.path)_value"] }
    header += ["architecture", "type", "rank", "monthly_cost"] + CostCategory.allCases.map(\.rawValue)
    header += ["peak_brokers", "scaling_events", "hours_short", "currency", "status", "binding_limit"]
    var rows: [[CSVCell]] = []
    rows.reserveCapacity(outcomes.count * 4)
    for (index, outcome) in outcomes.enumerated() {
      var prefix: [CSVCell] = [.int(index)]
      for value in run.grid.values(of: index) { prefix += [.text(value.label), number(value)] }
      let rank = rankOf(outcome)
      for (a, arch) in outcome.architectures.enumerated() {
        rows.append(prefix + [.text(arch.name), .text(arch.kind.rawValue)] + figures(arch, rank: rank[a], currency: run.template.book.info.currency))
      }
    }
    return CSVWriter.document(header: header, rows: rows)
  }

  /// One architecture's cells from `rank` on: empty figures and the binding limit when it is infeasible.
  static func figures(_ arch: SweepOutcome.Architecture, rank: Int?, currency: String) -> [CSVCell] {
    guard let limit = arch.bindingLimit else {
      return [rank.map { .int($0) } ?? .text(""), .decimal(money(arch.total))] + arch.categories.map { .decimal(money($0)) }
        + [.int(arch.peakCount), .int(arch.events), .double(arch.hoursShort), .text(currency), .text("ok"), .text("")]
    }
    let empty = [CSVCell](repeating: .text(""), count: 2 + arch.categories.count + 3)
    return empty + [.text(currency), .text("infeasible"), .text(limit)]
  }

  /// One row per crossover: the varied parameter, the others' values, the bracket and the winners
  /// either side; `mode` says whether the winners are the cheapest of all (`cheapest`) or the cheaper
  /// of the `--pair` (`pair`).
  public static func crossover(_ run: SweepRun, crossovers: [CrossoverSearch.Crossover], mode: CrossoverSearch.Mode = .cheapest) -> String {
    var header = ["parameter"] + run.grid.axes.map(\.path)
    header += [
      "grid_low", "grid_high", "crossover", "crossover_value", "bracket_low", "bracket_high", "cheapest_below",
      "cheapest_above", "ratio_below", "ratio_above", "simulations", "mode",
    ]
    let rows: [[CSVCell]] = crossovers.map { c in
      let values = run.grid.values(of: c.lower)
      var row: [CSVCell] = [.text(run.grid.axes[c.axis].path)]
      row += values.indices.map { $0 == c.axis ? .text("") : .text(values[$0].label) }
      row += [
        .text(values[c.axis].label), .text(run.grid.values(of: c.upper)[c.axis].label), .text(c.value?.label ?? ""),
        number(c.value), .text(c.bracketLow?.label ?? ""), .text(c.bracketHigh?.label ?? ""), .text(c.cheapestBelow),
        .text(c.cheapestAbove), ratio(c.ratioBelow), ratio(c.ratioAbove), .int(c.simulations), .text(mode.label),
      ]
      return row
    }
    return CSVWriter.document(header: header, rows: rows)
  }

  public static let sensitivityColumns = [
    "parameter", "architecture", "low", "base", "high", "monthly_cost_low", "monthly_cost_base", "monthly_cost_high", "swing",
    "swing_share", "cheapest_low", "cheapest_base", "cheapest_high", "flips_cheapest", "reorders_ranking", "source",
  ]

  /// One row per architecture × assumption, each architecture's rows in tornado order (largest swing first).
  public static func sensitivity(_ run: SensitivityRun, tornado: Tornado) -> String {
    let byName = Dictionary(run.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let flips = Dictionary(tornado.flips.map { ($0.parameter, $0) }, uniquingKeysWith: { a, _ in a })
    var rows: [[CSVCell]] = []
    for bars in tornado.bars {
      for bar in bars {
        let p = byName[bar.parameter]!
        let f = flips[bar.parameter]!
        rows.append([
          .text(bar.parameter), .text(bar.architecture), .text(p.low.label), .text(p.base.label), .text(p.high.label),
          .double(cents(bar.low)), .double(cents(bar.base)), .double(cents(bar.high)), .double(cents(bar.swing)),
          .number(Format.number(bar.share, places: 4)), .text(f.cheapestLow), .text(f.cheapestBase), .text(f.cheapestHigh),
          .text(f.flips ? "true" : "false"), .text(f.reorders ? "true" : "false"), .text(p.source),
        ])
      }
    }
    return CSVWriter.document(header: sensitivityColumns, rows: rows)
  }

  /// Rank of each architecture in one combination, 1 = cheapest; nil for an infeasible one.
  static func rankOf(_ outcome: SweepOutcome) -> [Int?] {
    var rank = [Int?](repeating: nil, count: outcome.architectures.count)
    for (position, a) in outcome.ranking.enumerated() { rank[a] = position + 1 }
    return rank
  }

  /// Amounts to the cent, as the terminal shows them and spreadsheets pivot them.
  static func money(_ value: Decimal) -> Decimal { ExactDecimal.round(value, places: 2) }
  static func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }

  static func number(_ quantity: SweepQuantity?) -> CSVCell {
    guard let quantity else { return .text("") }
    return .number(Format.number(quantity.value, places: 6))
  }

  /// A value's `_value` cell: its amount in base units, 1 or 0 for `true` or `false`, empty for other words.
  static func number(_ value: SweepAxis.Value) -> CSVCell {
    switch value.label {
    case "true": .int(1)
    case "false": .int(0)
    default: number(value.quantity)
    }
  }

  static func ratio(_ value: Double) -> CSVCell { value.isFinite ? .number(Format.number(value, places: 4)) : .text("") }
}
