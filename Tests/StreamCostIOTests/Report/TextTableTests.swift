import Testing

@testable import StreamCostIO

/// Terminal columns: as wide as the widest cell, aligned as asked, long cells clipped.
struct TextTableTests {
  @Test func columnsAreAsWideAsTheirWidestCellAndAligned() {
    var table = TextTable(header: ["row", "price"], alignments: [.left, .right])
    table.rows = [["instances/c7g.large", "0.0725"], ["book", "1"]]
    #expect(
      table.render(indent: "  ") == """
          row                   price
          ───────────────────────────
          instances/c7g.large  0.0725
          book                      1

        """)
  }

  @Test func longCellsAreClippedAndTrailingSpacesDropped() {
    var table = TextTable(header: ["a", "b"], alignments: [.left, .left])
    table.maxCellWidth = 5
    table.rows = [["abcdefgh", ""]]
    #expect(table.render() == "a      b\n────────\nabcd…\n")  // widths 5 and 1, gap 2
  }
}
