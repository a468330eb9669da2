import Testing

@testable import StreamCostIO

/// Text from a run is kept on one line in table cells and escaped where markdown would read markup.
struct MarkdownTextTests {
  @Test func tableCellsStayOnOneLineAndEscapePipes() {
    let table = MarkdownText.table(header: ["a", "b"], rows: [["x|y\nz", "`code|span`"]], escaping: [true, false])
    #expect(table == "| a | b |\n|---|---|\n| x\\|y z | `code\\|span` |\n")
  }

  @Test func everyPythonLineBreakBecomesASpace() {
    #expect(MarkdownText.oneLine("a\r\nb\u{2028}c\u{85}d\u{0B}e") == "a  b c d e")
  }

  @Test func paragraphsEscapeMarkupAndTrim() {
    #expect(MarkdownText.paragraph("  *bold* _x_ #1 <b>\n") == "\\*bold\\* \\_x\\_ \\#1 \\<b\\>")
  }
}
