import Testing

@testable import StreamCostIO

/// Cells as nbformat stores them: sources split after each newline, code cells unexecuted.
struct NotebookCellTests {
  @Test func sourcesSplitAfterEachNewlineAsPythonSplitlinesKeepends() {
    #expect(NotebookCell.lines("a\nb\n") == ["a\n", "b\n"])
    #expect(NotebookCell.lines("a\n\nb") == ["a\n", "\n", "b"])
    #expect(NotebookCell.lines("") == [])
  }

  @Test func aCodeCellHasNoOutputsAndNoExecutionCount() {
    let cell = NotebookCell.code("setup", "import pandas as pd\nx = 1")
    #expect(
      cell.json.text == """
        {
         "cell_type": "code",
         "execution_count": null,
         "id": "setup",
         "metadata": {},
         "outputs": [],
         "source": [
          "import pandas as pd\\n",
          "x = 1"
         ]
        }

        """)
  }

  @Test func aMarkdownCellHasNeitherOutputsNorExecutionCount() {
    #expect(NotebookCell.markdown("header", "# Title").json.text == "{\n \"cell_type\": \"markdown\",\n \"id\": \"header\",\n \"metadata\": {},\n \"source\": [\n  \"# Title\"\n ]\n}\n")
  }

  @Test func idsFollowNbformat45() {
    #expect(NotebookCell.isValidID("cost-by-category_2"))
    #expect(!NotebookCell.isValidID(""))
    #expect(!NotebookCell.isValidID("has space"))
    #expect(!NotebookCell.isValidID("é"))
    #expect(NotebookCell.isValidID(String(repeating: "a", count: 64)))
    #expect(!NotebookCell.isValidID(String(repeating: "a", count: 65)))
  }
}
