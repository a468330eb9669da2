import Testing

@testable import StreamCostIO

/// The message format every input problem is printed in: `FILE[:LINE]: [FIELD: ]MESSAGE[ (accepted: …)]`.
struct InputErrorTests {
  @Test func everyPartIsPrintedInOrder() {
    let e = InputError(file: "s.yaml", line: 12, field: "feeds[0].write", message: "is wrong", accepted: "a rate")
    // Format documented on InputError.description.
    #expect(e.description == "s.yaml:12: feeds[0].write: is wrong (accepted: a rate)")
  }

  @Test func optionalPartsAreLeftOutWhenUnknown() {
    #expect(InputError(file: "book.csv", message: "is empty").description == "book.csv: is empty")
    #expect(InputError(file: "book.csv", line: 3, message: "x").description == "book.csv:3: x")
    #expect(InputError(file: "book.csv", field: "as_of", message: "x").description == "book.csv: as_of: x")
  }

  @Test func severalErrorsPrintOnePerLineAndKnowWhetherAFileWasUnreadable() {
    let invalid = InputError(file: "a.csv", line: 2, message: "bad")
    let missing = InputError(file: "b.csv", message: "no such file", kind: .unreadable)
    #expect(InputErrors([invalid, missing]).description == "a.csv:2: bad\nb.csv: no such file")
    #expect(InputErrors([invalid, missing]).kind == .unreadable)
    #expect(InputErrors([invalid]).kind == .invalid)
  }
}
