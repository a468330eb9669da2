import Foundation
import StreamCost

/// Renders a comparison as a terminal table: architectures side by side, at most 100 columns.
///
/// Money is rounded to whole currency units here only; the CSV keeps exact amounts.
public enum ComparisonTable {
  public static let width = 100
  static let labelWidth = 22
  static let columnWidth = 19

  public static func render(_ c: Comparison) -> String {
    var out = "\(TerminalText.escaped(c.scenario)) · price book \(TerminalText.escaped(c.book.label)) · month \(c.month.label) · \(c.book.currency) per month\n"
    out += "\(c.basis); every figure is in the CSV files with its price row\n"
    out += assumptionLines(c.results)
    let perTable = (width - labelWidth) / columnWidth
    var start = 0
    while start < c.results.count {
      let slice = Array(c.results[start..<min(start + perTable, c.results.count)])
      out += "\n" + block(c, slice)
      start += perTable
    }
    return out
  }

  static func block(_ c: Comparison, _ results: [ArchitectureResult]) -> String {
    var lines: [String] = []
    lines.append(row("", results.map { TerminalText.escaped($0.name) }))
    let shown = Set(results.map(\.name))
    for differing in ColumnAssumptions.differing(c.results) {
      let cells = zip(c.results, zip(differing.values, differing.overrides)).filter { shown.contains($0.0.name) }
      lines.append(row(differing.label, cells.map { _, cell in TerminalText.escaped(cell.0) + (cell.1 == nil ? "" : "*") }))
    }
    lines.append(String(repeating: "─", count: labelWidth + columnWidth * results.count))
    for category in c.usedCategories {
      lines.append(row(category.label, results.map { money($0.cost(category)) }))
    }
    lines.append(String(repeating: "─", count: labelWidth + columnWidth * results.count))
    lines.append(row("total", results.map { money($0.total) }))
    lines.append(
      row(
        "saving vs \(TerminalText.escaped(c.results.first?.name ?? ""))",
        results.map { r in
          guard r.name != c.results.first?.name, let saving = c.saving(r) else { return "—" }
          return Format.number((saving * 100).doubleValue, places: 1) + "%"
        }))
    lines.append(row("peak brokers / agents", results.map { "\($0.sizing.count) × \(TerminalText.escaped($0.sizing.instance.name))" }))
    lines.append(row("bound by", results.map { $0.sizing.binding.rawValue }))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The column assumptions alike in every column, on one line, and which columns' own keys
  /// override a scenario-wide setting (marked * in the table); empty when there is neither.
  static func assumptionLines(_ results: [ArchitectureResult]) -> String {
    var out = ""
    let alike = ColumnAssumptions.alike(results).map { "\($0.label) \(TerminalText.escaped($0.values[0]))" }
    if !alike.isEmpty { out += "alike in every column: " + alike.joined(separator: " · ") + "\n" }
    for differing in ColumnAssumptions.differing(results) {
      let overridden = zip(results, differing.overrides).compactMap { result, key in
        key.map { "\(TerminalText.escaped(result.name)) (\(TerminalText.escaped($0)))" }
      }
      if !overridden.isEmpty { out += "* \(differing.label) set by the column's own key: " + overridden.joined(separator: ", ") + "\n" }
    }
    return out
  }

  static func money(_ value: Decimal) -> String { Format.grouped(value, places: 0) }

  static func row(_ label: String, _ cells: [String]) -> String {
    pad(label, labelWidth, left: true) + cells.map { pad($0, columnWidth, left: false) }.joined()
  }

  static func pad(_ text: String, _ width: Int, left: Bool) -> String {
    let clipped = text.count > width - 1 ? String(text.prefix(width - 2)) + "…" : text
    let fill = String(repeating: " ", count: max(0, width - clipped.count))
    return left ? clipped + fill : fill + clipped
  }
}
