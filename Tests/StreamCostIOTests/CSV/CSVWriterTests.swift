import Foundation
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

/// Quoting rules and number cells, field by field (RFC 4180 §2; libcsv trims unquoted edge spaces and tabs).
struct CSVWriterFieldTests {
  @Test func lineBreaksAndEdgeWhitespaceAreQuoted() {
    #expect(CSVWriter.field(.text("a\nb")) == "\"a\nb\"")
    #expect(CSVWriter.field(.text("a\r\nb")) == "\"a\r\nb\"")
    #expect(CSVWriter.field(.text("a\rb")) == "\"a\rb\"")
    #expect(CSVWriter.field(.text(" a")) == "\" a\"")
    #expect(CSVWriter.field(.text("a ")) == "\"a \"")
    #expect(CSVWriter.field(.text("a\t")) == "\"a\t\"")
    #expect(CSVWriter.field(.text("a\tb")) == "a\tb")
    #expect(CSVWriter.field(.text("ünïcødé")) == "ünïcødé")
  }

  @Test func aLeadingCarriageReturnIsNeutralisedThenQuoted() {
    // CR is one of the OWASP formula triggers, and a line break, so the neutralised text is quoted.
    #expect(CSVWriter.field(.text("\rx")) == "\"'\rx\"")
  }

  @Test func neutralisedTextWithACommaIsQuotedAfterTheMark() {
    #expect(CSVWriter.field(.text("=A1,B1")) == "\"'=A1,B1\"")
    #expect(CSVWriter.neutralised("plain") == "plain")
    #expect(CSVWriter.neutralised("") == "")
  }

  @Test func decimalCellsArePlainAndExact() {
    // ExactDecimal.plain: no exponent, no grouping, `.` separator.
    #expect(CSVWriter.field(.decimal(Decimal(string: "0.0004")!)) == "0.0004")
    #expect(CSVWriter.field(.decimal(Decimal(string: "12824.24")!)) == "12824.24")
    #expect(CSVWriter.field(.decimal(Decimal(string: "-3.5")!)) == "-3.5")
    #expect(CSVWriter.field(.int(13)) == "13")
  }

  @Test func aHeaderWithoutRowsIsOneCRLFLine() {
    #expect(CSVWriter.document(header: ["x", "y"], rows: []) == "x,y\r\n")
  }
}
