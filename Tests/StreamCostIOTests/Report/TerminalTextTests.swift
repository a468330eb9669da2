import Testing

@testable import StreamCostIO

/// Names from inputs reach the terminal with their control characters shown, not acted on.
struct TerminalTextTests {
  @Test func controlsAndEscapesAreShownEscaped() {
    #expect(TerminalText.escaped("\u{1B}[31mred\nline") == "\\u{1B}[31mred\\nline")
    #expect(TerminalText.escaped("a\tb\rc\u{7F}\u{9B}") == "a\\tb\\rc\\u{7F}\\u{9B}")
    #expect(TerminalText.escaped("evil\u{202E}txt") == "evil\\u{202E}txt")
    #expect(TerminalText.escaped("telco-c360 · ü") == "telco-c360 · ü")
  }

  @Test func aReportKeepsItsOwnLineBreaks() {
    #expect(TerminalText.report("a\u{1B}b\nc\td\n") == "a\\u{1B}b\nc\\td\n")
  }

  /// A table cell holding a name with an escape sequence is escaped before it is measured and clipped.
  @Test func tableCellsAreEscaped() {
    var table = TextTable(header: ["name"], alignments: [.left])
    table.rows = [["\u{1B}[2Jx"]]
    #expect(table.render() == "name\n──────────\n\\u{1B}[2Jx\n")
  }
}
