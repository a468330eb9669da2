import Foundation
import StreamCost

/// A CSV file with a header, read into rows addressed by column name.
///
/// Every accessor reports problems as ``InputError``s naming the file, the
/// record number (the header is record 1) and the column.
public struct CSVTable {
  public var file: String
  public var header: [String]
  /// Data rows with their record number.
  public var rows: [(record: Int, fields: [String])]

  /// Reads `path`, checks the header holds `required` columns, and that every row has as many fields as the header.
  public init(path: String, required: [String]) throws(InputErrors) {
    let text: String
    do { text = try TextFile.read(path) } catch { throw InputErrors([error]) }
    let records: [[String]]
    do { records = try CSVReader.records(text, file: path) } catch { throw InputErrors([error]) }
    guard let header = records.first else {
      throw InputErrors([InputError(file: path, message: "is empty", accepted: "a header row, then data rows")])
    }
    self.file = path
    self.header = header
    var problems: [InputError] = []
    let missing = required.filter { !header.contains($0) }
    if !missing.isEmpty {
      problems.append(
        InputError(
          file: path, line: 1, message: "header lacks column(s) \(missing.joined(separator: ", "))",
          accepted: "columns \(required.joined(separator: ","))"))
    }
    var rows: [(Int, [String])] = []
    for (offset, fields) in records.dropFirst().enumerated() {
      let record = offset + 2
      if fields.count != header.count {
        problems.append(
          InputError(
            file: path, line: record, message: "has \(fields.count) fields but the header has \(header.count)",
            accepted: "one field per header column; quote fields that contain commas"))
        continue
      }
      rows.append((record, fields))
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    self.rows = rows
  }

  /// A cursor on one row, for typed field access.
  public func row(_ index: Int) -> Row { Row(table: self, record: rows[index].record, fields: rows[index].fields) }

  public struct Row {
    let table: CSVTable
    public let record: Int
    let fields: [String]

    public func text(_ column: String) -> String {
      guard let i = table.header.firstIndex(of: column) else { return "" }
      return fields[i].trimmingCharacters(in: .whitespaces)
    }

    public func error(_ column: String, _ message: String, accepted: String? = nil) -> InputError {
      InputError(file: table.file, line: record, field: "column \(column)", message: message, accepted: accepted)
    }

    public func required(_ column: String) throws(InputError) -> String {
      let value = text(column)
      guard !value.isEmpty else { throw error(column, "is empty", accepted: "a value") }
      return value
    }

    /// A decimal ≥ 0 read exactly (prices), at most `limit` when given.
    public func price(_ column: String, atMost limit: InputLimit<Decimal>? = nil) throws(InputError) -> Decimal {
      let value = try required(column)
      guard let number = ExactDecimal.parse(value) else {
        throw error(column, "'\(value)' is not a number", accepted: "a plain decimal such as 0.023")
      }
      guard number >= 0 else { throw error(column, "'\(value)' is negative", accepted: "a price of 0 or more") }
      if let limit, number > limit.value {
        throw error(column, "\(value) is above the limit of \(limit.text)", accepted: "at most \(limit.text) (docs/limits-and-guarantees.md)")
      }
      return number
    }

    /// A number, > 0 when `positive`, else ≥ 0; nil for an empty optional cell.
    /// `lower` and `upper`, when given, are the ``InputLimits`` the number must stay within.
    public func number(
      _ column: String, optional: Bool = false, positive: Bool = false, lower: InputLimit<Double>? = nil,
      upper: InputLimit<Double>? = nil
    ) throws(InputError) -> Double? {
      let value = text(column)
      if value.isEmpty {
        if optional { return nil }
        throw error(column, "is empty", accepted: "a number")
      }
      guard let number = Double(value), number.isFinite else {
        throw error(column, "'\(value)' is not a number", accepted: "a plain decimal number")
      }
      if positive ? !(number > 0) : number < 0 {
        throw error(column, "'\(value)' is out of range", accepted: positive ? "a number above 0" : "0 or more")
      }
      if let upper, number > upper.value {
        throw error(column, "\(value) is above the limit of \(upper.text)", accepted: "at most \(upper.text) (docs/limits-and-guarantees.md)")
      }
      if let lower, number < lower.value {
        throw error(column, "\(value) is below the limit of \(lower.text)", accepted: "at least \(lower.text) (docs/limits-and-guarantees.md)")
      }
      return number
    }

    /// An ISO calendar date `YYYY-MM-DD`.
    public func date(_ column: String) throws(InputError) -> String {
      let value = try required(column)
      guard ISODate.isValid(value) else {
        throw error(column, "'\(value)' is not a date", accepted: "an ISO 8601 date such as 2026-07-20")
      }
      return value
    }
  }
}
