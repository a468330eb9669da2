import Foundation
import Testing

@testable import StreamCostIO

/// What CSVWriter writes, CSVReader (libcsv, strict) reads back unchanged; malformed CSV names its record.
struct CSVRoundTripTests {
  /// Awkward text cells; none starts with a formula character, so none is changed by neutralisation.
  static let awkward: [String] = [
    "plain",
    "with, comma",
    "say \"hi\"",
    "\"",
    "\"\"",
    "line\nfeed",
    "carriage\rreturn",
    "windows\r\nbreak",
    "trailing newline\n",
    "ünïcødé · 東京 · 🚀 · e\u{301}",
    "",
    " leading and trailing spaces ",
    "inner\ttab",
    "trailing tab\t",
    "a,\"b\",\r\nc",
  ]

  @Test func awkwardFieldsComeBackIdentical() throws {
    let header = ["id", "value", "after"]
    let rows = Self.awkward.enumerated().map { i, text in [CSVCell.int(i), .text(text), .text("end")] }
    let text = CSVWriter.document(header: header, rows: rows)
    let records = try CSVReader.records(text, file: "round.csv")
    // Expected: exactly what was written, header first.
    #expect(records.count == Self.awkward.count + 1)
    #expect(records.first == header)
    for (i, original) in Self.awkward.enumerated() where i + 1 < records.count {
      #expect(records[i + 1] == [String(i), original, "end"], "row \(i): \(original.debugDescription)")
    }
  }

  @Test func emptyFieldsKeepTheirPlaces() throws {
    let text = CSVWriter.document(header: ["a", "b", "c"], rows: [[.text(""), .text(""), .text("")], [.text("x"), .text(""), .text("z")]])
    // Written as ",,\r\n" and "x,,z\r\n"; RFC 4180 keeps empty fields.
    #expect(text == "a,b,c\r\n,,\r\nx,,z\r\n")
    #expect(try CSVReader.records(text, file: "e.csv") == [["a", "b", "c"], ["", "", ""], ["x", "", "z"]])
  }

  @Test func neutralisedTextComesBackWithItsQuoteMark() throws {
    let text = CSVWriter.document(header: ["v"], rows: [[.text("=1+2")], [.text("-x, y")], [.number("-1.5")]])
    // OWASP CSV injection: text gets a leading ', numbers do not.
    #expect(try CSVReader.records(text, file: "n.csv") == [["v"], ["'=1+2"], ["'-x, y"], ["-1.5"]])
  }

  @Test func anUnterminatedQuoteNamesTheRecord() throws {
    let text = "id,name\r\n1,ok\r\n2,\"never closed\r\n3,lost\r\n"
    let e = try thrownInputError { () throws(InputError) in try CSVReader.records(text, file: "bad.csv") }
    // Records 1 and 2 are complete; the quote opened in record 3 runs to the end of the text.
    #expect(e.file == "bad.csv")
    #expect(e.line == 3)
    #expect(e.message.hasPrefix("malformed CSV ("))
    #expect(e.accepted?.hasPrefix("RFC 4180") == true)
  }

  @Test func anUnterminatedQuoteInAFileNamesTheRecord() throws {
    // Fixtures/CSV/unterminated-quote.csv: record 3 opens a quote it never closes.
    let path = try TestSupport.fixtures.appendingPathComponent("CSV/unterminated-quote.csv").path
    let errors = inputErrors { () throws(InputErrors) in try CSVTable(path: path, required: ["id", "name"]) }
    #expect(errors.map(\.file) == [path])
    #expect(errors.map(\.line) == [3])
    #expect(errors.first?.message.hasPrefix("malformed CSV (") == true)
  }

  @Test func aQuoteInsideAnUnquotedFieldIsMalformedInStrictMode() throws {
    let e = try thrownInputError { () throws(InputError) in
      try CSVReader.records("a,b\r\nx,y\r\n1,2\"3\r\n", file: "q.csv")
    }
    // libcsv CSV_STRICT rejects a quote inside an unquoted field; it is in record 3.
    #expect(e.line == 3)
    #expect(e.message.hasPrefix("malformed CSV ("))
  }

  @Test func blankLinesAreSkippedAndUnquotedSpacesTrimmed() throws {
    // Documented on CSVReader: libcsv skips blank lines and trims unquoted edge spaces.
    #expect(try CSVReader.records("a,b\n\n  x , y\n", file: "s.csv") == [["a", "b"], ["x", "y"]])
  }

  @Test func aFileWithoutTrailingLineBreakKeepsItsLastRecord() throws {
    #expect(try CSVReader.records("a,b\r\n1,2", file: "t.csv") == [["a", "b"], ["1", "2"]])
  }
}
