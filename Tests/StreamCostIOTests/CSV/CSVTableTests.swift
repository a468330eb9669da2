import Foundation
import Testing

@testable import StreamCostIO

/// CSVTable: a header, rows addressed by column, and typed cells whose errors name file, record and column.
struct CSVTableTests {
  static func table(_ text: String, required: [String] = ["name", "size"]) throws -> (CSVTable, String) {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("t.csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return (try CSVTable(path: url.path, required: required), url.path)
  }

  @Test func rowsAreAddressedByColumnWithRecordNumbers() throws {
    let (table, _) = try Self.table("name,size\r\n a ,1\r\nb,\"2\"\r\n")
    #expect(table.rows.count == 2)
    // The header is record 1, so the data rows are records 2 and 3.
    #expect(table.row(0).record == 2)
    #expect(table.row(0).text("name") == "a")
    #expect(try table.row(1).number("size") == 2)
  }

  @Test func anEmptyFileIsReported() throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("empty.csv")
    try Data().write(to: url)
    let e = try singleInputError { () throws(InputErrors) in try CSVTable(path: url.path, required: ["a"]) }
    #expect(e.description == "\(url.path): is empty (accepted: a header row, then data rows)")
  }

  @Test func numbersOutOfRangeNameRecordAndColumn() throws {
    let (table, path) = try Self.table("name,size\r\na,0\r\nb,-1\r\nc,x\r\n")
    let zero = try thrownInputError { () throws(InputError) in try table.row(0).number("size", positive: true) }
    #expect(zero.description == "\(path):2: column size: '0' is out of range (accepted: a number above 0)")
    let negative = try thrownInputError { () throws(InputError) in try table.row(1).number("size") }
    #expect(negative.description == "\(path):3: column size: '-1' is out of range (accepted: 0 or more)")
    let text = try thrownInputError { () throws(InputError) in try table.row(2).number("size") }
    #expect(text.description == "\(path):4: column size: 'x' is not a number (accepted: a plain decimal number)")
  }

  @Test func anEmptyOptionalNumberIsNilAndARequiredOneIsAnError() throws {
    let (table, path) = try Self.table("name,size\r\na,\r\n")
    #expect(try table.row(0).number("size", optional: true) == nil)
    let e = try thrownInputError { () throws(InputError) in try table.row(0).required("size") }
    #expect(e.description == "\(path):2: column size: is empty (accepted: a value)")
  }

  @Test func everyShortRowIsReportedTogether() throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("short.csv")
    try "name,size\r\na\r\nb,1\r\nc\r\n".write(to: url, atomically: true, encoding: .utf8)
    let errors = inputErrors { () throws(InputErrors) in try CSVTable(path: url.path, required: ["name", "size"]) }
    #expect(errors.map(\.line) == [2, 4])
    #expect(errors.allSatisfy { $0.message == "has 1 fields but the header has 2" })
  }
}
