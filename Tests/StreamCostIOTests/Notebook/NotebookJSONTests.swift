import Testing

@testable import StreamCostIO

/// NotebookJSON writes what Python's `json.dumps(sort_keys=True, indent=1, ensure_ascii=False)`
/// writes, plus nbformat's final newline. The expected texts were written by hand from that rule
/// (and checked against Python: `json.dumps({"b": [1, {}], "a": None, "c": []}, sort_keys=True, indent=1)`).
struct NotebookJSONTests {
  @Test func nestedContainersGetOneSpacePerLevelAndSortedKeys() {
    let value = NotebookJSON.object([
      "b": .array([.int(1), .object([:])]), "a": .null, "c": .array([]),
    ])
    #expect(value.text == "{\n \"a\": null,\n \"b\": [\n  1,\n  {}\n ],\n \"c\": []\n}\n")
  }

  @Test func scalarsAtTheTopLevel() {
    #expect(NotebookJSON.int(-5).text == "-5\n")
    #expect(NotebookJSON.string("").text == "\"\"\n")
    #expect(NotebookJSON.array([]).text == "[]\n")
  }

  @Test func stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
    // Python: json.dumps('a"b\\c\n\r\t\x08\x0c\x01\x1f/é€😀\x7f', ensure_ascii=False)
    let text = "a\"b\\c\n\r\t\u{08}\u{0C}\u{01}\u{1F}/é€😀\u{7F}"
    #expect(NotebookJSON.string(text).text == "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f/é€😀\u{7F}\"\n")
  }

  @Test func keysSortByCodePointNotBySwiftStringOrder() {
    // Code points: "B" 0x42 < "_" 0x5F < "a" 0x61 < "é" 0xE9.
    let value = NotebookJSON.object(["é": .int(4), "a": .int(3), "_": .int(2), "B": .int(1)])
    #expect(value.text == "{\n \"B\": 1,\n \"_\": 2,\n \"a\": 3,\n \"é\": 4\n}\n")
  }
}
