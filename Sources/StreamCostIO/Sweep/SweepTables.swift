import Foundation
import StreamCost

/// Terminal tables of `sweep` and `sensitivity`: compact, amounts in whole currency units per month.
public enum SweepTables {
  /// Combinations shown before the table says the rest are in sweep.csv.
  public static let maximumRows = 40

  public static func sweep(_ run: SweepRun, outcomes: [SweepOutcome]) -> String {
    let names = outcomes.first?.architectures.map(\.name) ?? []
    var table = TextTable(
      header: run.grid.axes.map(\.path) + names + ["cheapest"],
      alignments: run.grid.axes.map { _ in .left } + names.map { _ in .right } + [.left])
    for (index, outcome) in outcomes.prefix(maximumRows).enumerated() {
      let cheapest = outcome.cheapest.map { names[$0] } ?? "none"
      let cells = outcome.architectures.map { $0.isFeasible ? Format.grouped($0.total, places: 0) : infeasible }
      table.rows.append(run.grid.values(of: index).map(\.label) + cells + [cheapest])
    }
    var text = "Monthly cost (\(run.template.book.info.currency), mean month) for \(outcomes.count) combination(s):\n\n" + table.render()
    if outcomes.count > maximumRows { text += "… \(outcomes.count - maximumRows) more combination(s) in \(SweepCSV.sweepFileName) (--out)\n" }
    var wins = [Int](repeating: 0, count: names.count)
    for outcome in outcomes { if let c = outcome.cheapest { wins[c] += 1 } }
    text += "\nCheapest: " + names.indices.map { "\(names[$0]) \(wins[$0])" }.joined(separator: ", ") + " of \(outcomes.count)\n"
    return text + infeasibleSummary(names, outcomes)
  }

  /// What an architecture that cannot be sized shows in place of its cost.
  static let infeasible = "infeasible"

  /// How often each architecture could not be sized, and the first binding limit of each; empty
  /// when every architecture was sized everywhere.
  static func infeasibleSummary(_ names: [String], _ outcomes: [SweepOutcome]) -> String {
    var text = ""
    for a in names.indices {
      let limits = outcomes.compactMap { $0.architectures[a].bindingLimit }
      guard let first = limits.first else { continue }
      text += "\(names[a]) is \(infeasible) at \(limits.count) of \(outcomes.count) combination(s), first because \(first)\n"
    }
    guard !text.isEmpty else { return "" }
    return "\nInfeasible (no instance type can carry it; each point's binding limit is in \(SweepCSV.sweepFileName)):\n" + text
  }

  public static func crossovers(_ run: SweepRun, _ crossovers: [CrossoverSearch.Crossover], mode: CrossoverSearch.Mode = .cheapest) -> String {
    let names = run.architectureNames
    guard !crossovers.isEmpty else {
      switch mode {
      case .cheapest: return "\nCrossovers: none (the cheapest architecture is the same at every grid point's neighbours).\n"
      case .pair(let a, let b): return "\nCrossovers of \(names[a]) and \(names[b]): none (the cheaper of the two is the same at every grid point's neighbours).\n"
      }
    }
    var table = TextTable(
      header: ["parameter", "others", "between", "crossover", "cheapest below → above", "ratio below", "ratio above"],
      alignments: [.left, .left, .left, .right, .left, .right, .right])
    for c in crossovers.prefix(maximumRows) {
      let low = run.grid.values(of: c.lower)
      let high = run.grid.values(of: c.upper)
      let others = low.indices.filter { $0 != c.axis }.map { "\(run.grid.axes[$0].path)=\(low[$0].label)" }.joined(separator: " ")
      table.rows.append([
        run.grid.axes[c.axis].path, others.isEmpty ? "-" : others, "\(low[c.axis].label) … \(high[c.axis].label)",
        c.value.map { "≈ " + $0.label } ?? "(between)", "\(c.cheapestBelow) → \(c.cheapestAbove)", ratio(c.ratioBelow),
        ratio(c.ratioAbove),
      ])
    }
    let title = if case .pair(let a, let b) = mode { "Crossovers of \(names[a]) and \(names[b])" } else { "Crossovers" }
    var text = "\n\(title) (bisected to 1 %; ratio below: the winner above ÷ the winner below at the lower grid point; ratio above: the reverse at the upper one):\n\n" + table.render()
    if crossovers.count > maximumRows { text += "… \(crossovers.count - maximumRows) more in \(SweepCSV.crossoverFileName) (--out)\n" }
    return text
  }

  public static func sensitivity(_ run: SensitivityRun, tornado: Tornado) -> String {
    let byName = Dictionary(run.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var text = ""
    for bars in tornado.bars {
      guard let first = bars.first else { continue }
      let widest = bars.map(\.swing).max() ?? 0
      text += "\(first.architecture): base \(Format.grouped(Decimal(first.base), places: 0)) \(run.template.book.info.currency)/month\n"
      var table = TextTable(
        header: ["assumption", "low … high", "at low", "at high", "swing", "share", ""],
        alignments: [.left, .left, .right, .right, .right, .right, .left])
      for bar in bars {
        let p = byName[bar.parameter]!
        let width = widest > 0 ? Int((bar.swing / widest * 20).rounded()) : 0
        table.rows.append([
          bar.parameter, "\(p.low.label) … \(p.high.label)", Format.grouped(Decimal(bar.low), places: 0),
          Format.grouped(Decimal(bar.high), places: 0), Format.grouped(Decimal(bar.swing), places: 0),
          Format.number(bar.share * 100, places: 1) + "%", String(repeating: "█", count: width),
        ])
      }
      text += table.render(indent: "  ") + "\n"
    }
    var flips = TextTable(header: ["assumption", "cheapest at low", "at base", "at high", "ranking"], alignments: [.left, .left, .left, .left, .left])
    for f in tornado.flips {
      flips.rows.append([f.parameter, f.cheapestLow, f.cheapestBase, f.cheapestHigh, f.flips ? "FLIPS" : (f.reorders ? "reorders" : "holds")])
    }
    text += "Ranking:\n" + flips.render(indent: "  ")
    text += tornado.anyFlip
      ? "The cheapest architecture changes within the ranges above (FLIPS).\n"
      : "No assumption changes the cheapest architecture within these ranges.\n"
    if !run.skipped.isEmpty { text += "Left out, as they apply to nothing in this scenario: \(run.skipped.joined(separator: ", "))\n" }
    return text
  }

  static func ratio(_ value: Double) -> String { value.isFinite ? Format.number(value, places: 2) + "×" : "-" }
}
