import Foundation

/// Text from a run (names, values, sources) made safe for a notebook's markdown cells.
enum MarkdownText {
  /// Characters Python's `str.splitlines` breaks on: kept out of table cells, which must be one line,
  /// and out of any text, so nbformat splits a cell's source exactly where the exporter does.
  static let lineBreaks: Set<Unicode.Scalar> = [
    "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}",
  ]

  /// `text` on one line: every line break becomes a space.
  static func oneLine(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { lineBreaks.contains($0) ? " " : $0 }))
  }

  /// A paragraph: one line, characters markdown would read as markup escaped.
  static func paragraph(_ text: String) -> String { escaped(oneLine(text).trimmingCharacters(in: .whitespaces)) }

  /// Backslash before each character markdown (CommonMark with GFM tables) treats as markup.
  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|~".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// A GFM table; cells are put on one line, and escaped where `escaping[column]` is true
  /// (other columns hold markdown made here, such as code spans).
  static func table(header: [String], rows: [[String]], escaping: [Bool]) -> String {
    func line(_ cells: [String], escape: Bool) -> String {
      let text = cells.enumerated().map { column, cell in
        let flat = oneLine(cell)
        return escape && escaping[column] ? escaped(flat) : flat.replacingOccurrences(of: "|", with: "\\|")
      }
      return "| " + text.joined(separator: " | ") + " |\n"
    }
    return line(header, escape: true) + "|" + String(repeating: "---|", count: header.count) + "\n"
      + rows.map { line($0, escape: true) }.joined()
  }
}
