/// Left- and right-aligned columns for terminal reports, each as wide as its widest cell.
///
/// Cells longer than `maxCellWidth` are clipped with `…`; the CSV output of the same report
/// keeps them whole.
public struct TextTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  /// Widest cell shown: long enough for price-row ids and money, short enough that a source URL
  /// does not push the next columns off the screen.
  public static let defaultMaxCellWidth = 48
  /// Spaces between two columns.
  public static let gap = 2

  public var header: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []
  public var maxCellWidth = defaultMaxCellWidth

  public init(header: [String], alignments: [Alignment]) {
    self.header = header
    self.alignments = alignments
  }

  /// The header, a rule, then each row; every line ends with a newline, without trailing spaces.
  public func render(indent: String = "") -> String {
    let cells = ([header] + rows).map { $0.map(clip) }
    let widths = header.indices.map { column in cells.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    let rule = String(repeating: "─", count: widths.reduce(0, +) + Self.gap * max(0, widths.count - 1))
    let lines = [line(cells[0], widths), rule] + cells.dropFirst().map { line($0, widths) }
    return lines.map { indent + $0 + "\n" }.joined()
  }

  func line(_ cells: [String], _ widths: [Int]) -> String {
    let padded = widths.indices.map { column -> String in
      let text = cells.indices.contains(column) ? cells[column] : ""
      let fill = String(repeating: " ", count: widths[column] - text.count)
      return alignments.indices.contains(column) && alignments[column] == .right ? fill + text : text + fill
    }
    let text = padded.joined(separator: String(repeating: " ", count: Self.gap))
    return String(text.reversed().drop { $0 == " " }.reversed())
  }

  func clip(_ raw: String) -> String {
    let text = TerminalText.escaped(raw)
    return text.count > maxCellWidth ? String(text.prefix(maxCellWidth - 1)) + "…" : text
  }
}
