import Testing

@testable import StreamCostIO

/// A cell that already starts with `'` gets one more: a spreadsheet drops one leading `'`, so `=k`
/// and `'=k` must not come out the same (the issue found both written as `'=k`).
struct CSVInjectionQuoteTests {
  @Test func aLeadingQuoteIsEscapedToo() {
    #expect(CSVWriter.neutralised("=k") == "'=k")
    #expect(CSVWriter.neutralised("'=k") == "''=k")
    #expect(CSVWriter.neutralised("'plain") == "''plain")
    #expect(CSVWriter.neutralised("plain'") == "plain'")
  }

  @Test func theTwoNamesStayDistinctInADocument() throws {
    let text = CSVWriter.document(header: ["name"], rows: [[.text("=k")], [.text("'=k")]])
    #expect(try CSVReader.records(text, file: "n.csv") == [["name"], ["'=k"], ["''=k"]])
  }
}
