import Foundation
import StreamCost

/// Terminal and CSV renderings of the ledger: the run list and run diffs.
public enum RunTables {
  /// `kind` is `compare` or `uncertainty`; `seed` and `samples` (drawn) are empty for a `compare` run.
  public static let listColumns = [
    "id", "recorded_at", "scenario", "price_book", "architecture", "total", "currency", "kind", "seed", "samples",
  ]
  /// `relative_change` is (new − old) ÷ old to six significant digits (``SignificantRatio``).
  public static let diffColumns = ["section", "architecture", "item", "old", "new", "delta", "relative_change"]

  /// Header of the `runs list` table, tab-separated as its lines are.
  public static let listHeader = "id\trecorded_at\tscenario\tprice_book\ttotals"

  /// `runs list`: a header, then newest first, one line per run with each architecture's total.
  public static func list(_ runs: [RunListing]) -> String {
    guard !runs.isEmpty else { return "no runs recorded yet\n" }
    return listHeader + "\n" + runs.map { run in
      let totals = run.totals.map { "\(TerminalText.escaped($0.architecture)) \(Format.grouped($0.total, places: 0))" }.joined(separator: " · ")
      let basis = run.uncertainty.map { "\($0.label); at the inputs' p50, " } ?? ""
      return "\(run.id)\t\(TerminalText.escaped(run.recordedAt))\t\(TerminalText.escaped(run.scenario))\t\(TerminalText.escaped(run.priceBook))\t\(basis)\(run.currency)/month: \(totals)"
    }.joined(separator: "\n") + "\n"
  }

  public static func listCSV(_ runs: [RunListing]) -> String {
    let rows = runs.flatMap { run in
      run.totals.map { total -> [CSVCell] in
        [.int(Int(run.id)), .text(run.recordedAt), .text(run.scenario), .text(run.priceBook), .text(total.architecture),
         .decimal(total.total), .text(run.currency), .text(run.uncertainty == nil ? "compare" : "uncertainty"),
         .text(run.uncertainty.map { String($0.seed) } ?? ""), run.uncertainty.map { .int($0.samples) } ?? .text("")]
      }
    }
    return CSVWriter.document(header: listColumns, rows: rows)
  }

  /// `runs diff`: costs old → new with the delta, then why: scenario fields and price rows that changed.
  public static func diff(_ d: RunDiff, old: Int64, new: Int64, currency: String) -> String {
    var out = "run \(old) → run \(new) (\(currency) per month)\n\n"
    let moved = d.costs.filter { $0.old != $0.new }
    if moved.isEmpty {
      out += "costs: no change\n"
    } else {
      out += pad("architecture", 18) + pad("category", 22) + lpad("old", 14) + lpad("new", 14) + lpad("delta", 14) + lpad("change", 10) + "\n"
      for c in moved {
        out += pad(TerminalText.escaped(c.architecture), 18) + pad(c.category, 22) + lpad(money(c.old), 14) + lpad(money(c.new), 14)
          + lpad(money(c.delta), 14) + lpad(percent(c.relative), 10) + "\n"
      }
    }
    for name in d.onlyInOld { out += "architecture '\(TerminalText.escaped(name))' is only in run \(old)\n" }
    for name in d.onlyInNew { out += "architecture '\(TerminalText.escaped(name))' is only in run \(new)\n" }
    out += "\nscenario fields changed: " + (d.scenarioChanges.isEmpty ? "none\n" : "\(d.scenarioChanges.count)\n")
    for f in d.scenarioChanges {
      let old = f.old.isEmpty ? "(absent)" : TerminalText.escaped(f.old)
      let new = f.new.isEmpty ? "(absent)" : TerminalText.escaped(f.new)
      out += "  \(TerminalText.escaped(f.keyPath)): \(old) → \(new)\n"
    }
    let p = d.priceChanges
    out += "price rows changed: " + (p.isEmpty ? "none\n" : "\(p.changed.count) changed, \(p.added.count) added, \(p.removed.count) removed\n")
    for c in p.changed { out += "  \(TerminalText.escaped(c.row)) \(c.field): \(TerminalText.escaped(c.old)) → \(TerminalText.escaped(c.new))\(c.relativeChange.map { " (\(percent($0)))" } ?? "")\n" }
    for row in p.added { out += "  added \(TerminalText.escaped(row))\n" }
    for row in p.removed { out += "  removed \(TerminalText.escaped(row))\n" }
    return out
  }

  public static func diffCSV(_ d: RunDiff) -> String {
    var rows: [[CSVCell]] = d.costs.map { c in
      [.text("cost"), .text(c.architecture), .text(c.category), optional(c.old), optional(c.new), optional(c.delta), SignificantRatio.cell(c.relative)]
    }
    rows += d.scenarioChanges.map { [.text("scenario"), .text(""), .text($0.keyPath), .text($0.old), .text($0.new), .text(""), .text("")] }
    rows += d.priceChanges.changed.map { c in
      [.text("price"), .text(""), .text("\(c.row) \(c.field)"), .text(c.old), .text(c.new), .text(""), SignificantRatio.cell(c.relativeChange)]
    }
    rows += d.priceChanges.added.map { [.text("price"), .text(""), .text($0), .text(""), .text("added"), .text(""), .text("")] }
    rows += d.priceChanges.removed.map { [.text("price"), .text(""), .text($0), .text("removed"), .text(""), .text(""), .text("")] }
    return CSVWriter.document(header: diffColumns, rows: rows)
  }

  static func optional(_ value: Decimal?) -> CSVCell { value.map(CSVCell.decimal) ?? .text("") }
  static func money(_ value: Decimal?) -> String { value.map { Format.grouped($0) } ?? "—" }
  /// Two decimals: a run diff often moves a total by a few hundredths of a percent.
  static func percent(_ value: Decimal?) -> String { SignedPercent.text(value, places: 2) }
  static func pad(_ s: String, _ w: Int) -> String { s.count >= w ? String(s.prefix(w - 1)) + " " : s + String(repeating: " ", count: w - s.count) }
  static func lpad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
}
