import Testing

@testable import StreamCostIO

/// RFC 4180 output and CSV-injection neutralisation (OWASP "CSV Injection").
struct CSVWriterTests {
  @Test func quotesOnlyWhenNeededAndEndsLinesWithCRLF() {
    let text = CSVWriter.document(
      header: ["a", "b"], rows: [[.text("plain"), .text("with, comma")], [.text("say \"hi\""), .number("-1.5")]])
    #expect(text == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",-1.5\r\n")
  }

  @Test func formulaLikeTextIsNeutralisedButNumbersKeepTheirSign() {
    #expect(CSVWriter.field(.text("=SUM(A1)")) == "'=SUM(A1)")
    #expect(CSVWriter.field(.text("+1")) == "'+1")
    #expect(CSVWriter.field(.text("-x")) == "'-x")
    #expect(CSVWriter.field(.text("@cmd")) == "'@cmd")
    #expect(CSVWriter.field(.text("\tx")) == "'\tx")
    #expect(CSVWriter.field(.number("-3")) == "-3")
  }
}
