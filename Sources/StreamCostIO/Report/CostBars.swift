import Foundation
import StreamCost

/// A horizontal bar per architecture: its monthly total, split by cost category, for the terminal.
///
/// ```
/// cost by category · USD per month · bars to scale, the longest is the largest total
///
/// kafka           ██████████▓▓▓▓▓▒▒▒==========####################++++++++++++++  61,519
/// diskless        ██▒▒                                                              2,806
///
/// █ compute  ▓ block storage  ▒ object storage  = cross-AZ producer  …
/// ```
///
/// The largest total fills ``barWidth(nameColumn:totalColumn:)`` cells and the others are drawn
/// to the same scale. Segment edges are the running totals rounded to whole cells, so the
/// segments of a bar always add up to its rounded length (a category too small for one cell
/// shows none). The legend lists the categories any architecture pays for, in report order.
///
/// Without colour each category has its own fill character, so the bars read in plain text
/// and in logs. With colour every segment is a full block `█` in the category's ANSI colour;
/// the legend carries the same colours. The caller decides (see ``TerminalColour``).
public enum CostBars {
  /// Widest line printed, as the comparison table.
  public static let width = 100
  /// Longest architecture name shown; longer ones are clipped with `…`.
  static let nameWidth = 24
  static let reset = "\u{1B}[0m"
  /// Fill of every segment in colour mode.
  static let colouredFill: Character = "█"

  /// Fill character of a category when printing without colour.
  public static func fill(_ category: CostCategory) -> Character {
    switch category {
    case .compute: "█"
    case .blockStorage: "▓"
    case .objectStorage: "▒"
    case .objectRequests: "░"
    case .crossAZProducer: "="
    case .crossAZReplication: "#"
    case .crossAZConsumer: "+"
    case .crossAZRebalance: "~"
    }
  }

  /// ANSI SGR foreground colour code of a category when printing in colour.
  public static func colourCode(_ category: CostCategory) -> Int {
    switch category {
    case .compute: 34  // blue
    case .blockStorage: 36  // cyan
    case .objectStorage: 32  // green
    case .objectRequests: 92  // bright green
    case .crossAZProducer: 33  // yellow
    case .crossAZReplication: 31  // red
    case .crossAZConsumer: 35  // magenta
    case .crossAZRebalance: 91  // bright red
    }
  }

  /// The title, one bar per architecture, and the legend; every line ends with a newline.
  public static func render(_ c: Comparison, colour: Bool) -> String {
    let categories = c.usedCategories
    let names = c.results.map { clip($0.name) }
    let totals = c.results.map { Format.grouped($0.total, places: 0) }
    let nameColumn = names.map(\.count).max() ?? 0
    let totalColumn = totals.map(\.count).max() ?? 0
    let barWidth = barWidth(nameColumn: nameColumn, totalColumn: totalColumn)
    let largest = c.results.map { $0.total.doubleValue }.max() ?? 0
    var out = "cost by category · \(c.book.currency) per month · bars to scale, the longest is the largest total\n\n"
    for (i, result) in c.results.enumerated() {
      let cells = segments(result, categories: categories, scale: largest > 0 ? Double(barWidth) / largest : 0)
      let length = cells.reduce(0) { $0 + $1.cells }
      let bar = cells.map { paint(String(repeating: colour ? colouredFill : fill($0.category), count: $0.cells), $0.category, colour) }.joined()
      out += pad(names[i], nameColumn) + "  " + bar + String(repeating: " ", count: barWidth - length) + "  "
        + String(repeating: " ", count: totalColumn - totals[i].count) + totals[i] + "\n"
    }
    return out + "\n" + legend(categories, colour: colour)
  }

  /// Cells left for the bar once the name, the total and their gaps are placed.
  static func barWidth(nameColumn: Int, totalColumn: Int) -> Int {
    max(1, width - nameColumn - totalColumn - 4)
  }

  /// Each category's cells: the running total's edge rounded, minus the previous edge.
  static func segments(_ result: ArchitectureResult, categories: [CostCategory], scale: Double) -> [(category: CostCategory, cells: Int)] {
    var running = 0.0
    var edge = 0
    return categories.map { category in
      running += result.cost(category).doubleValue
      let next = Int((running * scale).rounded())
      defer { edge = next }
      return (category, max(0, next - edge))
    }
  }

  /// `█ compute  ▓ block storage  …`, wrapped at ``width``.
  static func legend(_ categories: [CostCategory], colour: Bool) -> String {
    var lines: [String] = []
    var line = ""
    var visible = 0
    for category in categories {
      let swatch = paint(String(colour ? colouredFill : fill(category)), category, colour)
      let itemWidth = 2 + category.label.count
      if visible > 0 && visible + 2 + itemWidth > width {
        lines.append(line)
        line = ""
        visible = 0
      }
      line += (visible > 0 ? "  " : "") + swatch + " " + category.label
      visible += (visible > 0 ? 2 : 0) + itemWidth
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { $0 + "\n" }.joined()
  }

  static func paint(_ text: String, _ category: CostCategory, _ colour: Bool) -> String {
    guard colour, !text.isEmpty else { return text }
    return "\u{1B}[\(colourCode(category))m" + text + reset
  }

  static func clip(_ raw: String) -> String {
    let name = TerminalText.escaped(raw)
    return name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
