import CLibCSV
import Foundation
import StreamCost

/// A cell of an output CSV: free text (neutralised against formula injection) or a number.
public enum CSVCell: Hashable, Sendable {
  case text(String)
  /// Already-formatted plain number: no grouping, `.` decimal point, `-` for negatives.
  case number(String)

  public static func decimal(_ value: Decimal) -> CSVCell { .number(ExactDecimal.plain(value)) }
  public static func double(_ value: Double) -> CSVCell { .number(Format.number(value)) }
  public static func int(_ value: Int) -> CSVCell { .number(String(value)) }
}

/// Writes RFC 4180 CSV: CRLF line ends, fields quoted by libcsv when they hold a
/// comma, quote, line break or edge space or tab (which libcsv trims from unquoted fields).
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, tab or CR; OWASP CSV injection), or that start with `'`, get a leading `'`. Number
/// cells are left alone so negative numbers keep their sign.
public enum CSVWriter {
  public static func document(header: [String], rows: [[CSVCell]]) -> String {
    var out = line(header.map(CSVCell.text))
    for row in rows { out += line(row) }
    return out
  }

  static func line(_ cells: [CSVCell]) -> String {
    cells.map(field).joined(separator: ",") + "\r\n"
  }

  static func field(_ cell: CSVCell) -> String {
    switch cell {
    case .number(let text): return text
    case .text(let raw):
      let text = neutralised(raw)
      return needsQuotes(text) ? quoted(text) : text
    }
  }

  /// `text` with a leading `'` when a spreadsheet would evaluate it, or when it already starts
  /// with `'`: a spreadsheet drops one leading `'`, so `=k` and `'=k` must not come out alike.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return formulaTriggers.unicodeScalars.contains(first) ? "'" + text : text
  }

  /// First characters that get the leading `'`: the OWASP formula triggers, and `'` itself.
  static let formulaTriggers = "=+-@\t\r'"

  static func needsQuotes(_ text: String) -> Bool {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
      || text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t"
  }

  /// The field in double quotes with inner quotes doubled, written by libcsv's `csv_write`.
  static func quoted(_ text: String) -> String {
    let source = Array(text.utf8)
    let needed = source.withUnsafeBytes { csv_write(nil, 0, $0.baseAddress, $0.count) }
    var destination = [UInt8](repeating: 0, count: needed)
    _ = destination.withUnsafeMutableBytes { dest in
      source.withUnsafeBytes { csv_write(dest.baseAddress, dest.count, $0.baseAddress, $0.count) }
    }
    return String(decoding: destination, as: UTF8.self)
  }
}
