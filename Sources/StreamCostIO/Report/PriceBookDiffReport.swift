import Foundation
import StreamCost

/// `streamcost pricing diff` output: a terminal table of rows added, removed and changed, or CSV.
public enum PriceBookDiffReport {
  /// CSV columns; `change` is `added`, `removed` or `changed`, `relative_change` a fraction to six significant digits (0.1 = +10 %).
  public static let columns = ["change", "row", "field", "old", "new", "relative_change"]

  /// The diff for a terminal: a heading naming both books, then each section that is not empty.
  public static func table(_ diff: PriceBookDiff, old: PriceBook.Info, new: PriceBook.Info) -> String {
    var out = "price book diff: \(old.label) (\(old.location)) → \(new.label) (\(new.location))\n"
    guard !diff.isEmpty else { return out + "no differences\n" }
    out += "\(count(diff.added.count, "row")) added, \(diff.removed.count) removed, "
    out += "\(count(diff.changed.count, "field")) changed\n"
    if !diff.added.isEmpty { out += "\nadded\n" + diff.added.map { "  \($0)\n" }.joined() }
    if !diff.removed.isEmpty { out += "\nremoved\n" + diff.removed.map { "  \($0)\n" }.joined() }
    if !diff.changed.isEmpty { out += "\nchanged\n" + changedTable(diff.changed).render(indent: "  ") }
    return out
  }

  static func changedTable(_ changes: [PriceBookDiff.Change]) -> TextTable {
    var table = TextTable(header: ["row", "field", "old", "new", "change"], alignments: [.left, .left, .right, .right, .right])
    table.rows = changes.map { c in
      [c.row, c.field, shown(c.old), shown(c.new), SignedPercent.text(c.relativeChange, placeholder: "")]
    }
    return table
  }

  /// `(absent)` for an empty value, so that a cleared cell is visible.
  static func shown(_ value: String) -> String { value.isEmpty ? "(absent)" : value }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// Added rows, removed rows, then changed fields, one per line.
  public static func csv(_ diff: PriceBookDiff) -> String {
    var rows: [[CSVCell]] = []
    rows += diff.added.map { [.text("added"), .text($0), .text(""), .text(""), .text(""), .text("")] }
    rows += diff.removed.map { [.text("removed"), .text($0), .text(""), .text(""), .text(""), .text("")] }
    rows += diff.changed.map { c in
      [.text("changed"), .text(c.row), .text(c.field), .text(c.old), .text(c.new), SignificantRatio.cell(c.relativeChange)]
    }
    return CSVWriter.document(header: columns, rows: rows)
  }
}
