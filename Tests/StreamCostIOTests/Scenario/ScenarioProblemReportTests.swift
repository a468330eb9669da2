import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A valid scenario with two architectures; each test breaks some of its lines.
///
/// Lines: 1 version, 2 name, 3 pricing, 4 feeds, 5 `- name`, 6 write, 7 retention, 8 partitions,
/// 9 topology, 10 azs, 11 architectures, 12 `- type: kafka`, 13 disk, 14 `- type: diskless`,
/// 15 batch_interval.
private let valid = """
  version: 1
  name: t
  pricing: aws/us-east-1
  feeds:
    - name: events
      write: 10 MB/s
      retention: 1d
      partitions: 6
  topology:
    azs: 3
  architectures:
    - type: kafka
      disk: gp3
    - type: diskless
      batch_interval: 250ms

  """

private let file = "bad.yaml"

/// `valid` with each `(old, new)` replacement made.
private func broken(_ edits: [(String, String)]) -> String {
  edits.reduce(valid) { text, edit in
    precondition(text.contains(edit.0), "the fixture has no '\(edit.0)'")
    return text.replacingOccurrences(of: edit.0, with: edit.1)
  }
}

/// The scenario reader goes on past each problem and reports every one, in file order, at most
/// ``ProblemReport/limit`` of them.
struct ScenarioProblemReportTests {
  /// Three independent problems, one per section: a value with no unit (line 6), an unknown key
  /// inside a topology mapping (line 10) and a word that is not a disk kind (line 13).
  static let three: [(String, String)] = [
    ("write: 10 MB/s", "write: 10"),
    ("azs: 3", "azz: 3"),
    ("disk: gp3", "disk: floppy"),
  ]

  @Test func threeIndependentProblemsAreAllReportedInFileOrder() throws {
    #expect(throws: Never.self) { try ScenarioLoader.parse(valid, file: file) }
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.parse(broken(Self.three), file: file) }
    #expect(errors.map(\.line) == [6, 10, 13])
    #expect(errors.map(\.field) == ["feeds[0].write", "topology.azz", "architectures[0].disk"])
    // Each is word for word what the reader says when that problem is the only one.
    for (edit, error) in zip(Self.three, errors) {
      let alone = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(broken([edit]), file: file) }
      #expect(error == alone)
    }
  }

  @Test func theOrderIsTheFilesNotTheReadersOrder() throws {
    // The reader reads `feeds` before `architectures` whatever their place in the file; with
    // architectures written first, their problem (line 3) comes first.
    let text = """
      version: 1
      architectures:
        - type: kafka
          disk: floppy
      name: t
      pricing: aws/us-east-1
      feeds:
        - name: events
          write: 10
          partitions: 6

      """
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(errors.map(\.line) == [4, 9])
  }

  @Test func aMissingRequiredKeyDoesNotHideTheOthers() throws {
    // No `name:` (reported at the top mapping, line 1) and a feed with no `partitions:` (at its
    // entry, line 5), besides a bad write (line 6).
    let text = broken([("name: t\n", ""), ("    partitions: 6\n", ""), ("write: 10 MB/s", "write: fast")])
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(errors.map(\.field) == ["name", "feeds[0].partitions", "feeds[0].write"])
    #expect(errors.map(\.message).first == "is required but missing")
  }

  @Test func aBadArchitectureDoesNotHideTheNextOne() throws {
    let text = broken([("disk: gp3", "disk: floppy"), ("batch_interval: 250ms", "batch_interval: soon")])
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(errors.map(\.field) == ["architectures[0].disk", "architectures[1].batch_interval"])
  }

  @Test func anUnknownKeyOnAnArchitectureIsReportedOnce() throws {
    let text = broken([("disk: gp3", "disk: gp3\n    colour: blue")])
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(e.field == "architectures[0].colour")
    #expect(e.line == 14)
  }

  @Test func twentyFiveProblemsListTwentyAndCountTheRest() throws {
    // 25 unknown top-level keys on lines 16 to 40: the first 20 (lines 16-35) are listed.
    let extra = (0..<25).map { "unknown_\($0): 1\n" }.joined()
    let errors = try #require(throws: InputErrors.self) { try ScenarioLoader.parse(valid + extra, file: file) }
    #expect(errors.errors.count == 20)
    #expect(errors.omitted == 5)
    #expect(errors.errors.map(\.line) == Array(16...35))
    #expect(errors.lines.count == 21)
    #expect(errors.lines.last == "and 5 more")
    #expect(errors.description.hasSuffix("\nand 5 more"))
  }

  @Test func exactlyTwentyProblemsAreListedWithNoCount() throws {
    let extra = (0..<20).map { "unknown_\($0): 1\n" }.joined()
    let errors = try #require(throws: InputErrors.self) { try ScenarioLoader.parse(valid + extra, file: file) }
    #expect(errors.errors.count == 20)
    #expect(errors.omitted == 0)
    #expect(errors.lines.count == 20)
  }

  @Test func validationProblemsAreCappedToo() throws {
    // 22 feeds with partitions: 0, each a validation issue (ScenarioValidation.validateFeeds).
    let feeds = (0..<22).map { "  - {name: f\($0), write: 1 MB/s, partitions: 0}\n" }.joined()
    let text = "version: 1\nname: t\npricing: aws/us-east-1\nfeeds:\n" + feeds
    let errors = try #require(throws: InputErrors.self) { try ScenarioLoader.parse(text, file: file) }
    #expect(errors.errors.count == 20)
    #expect(errors.omitted == 2)
    #expect(errors.errors.first?.description == "bad.yaml:5: feeds[0].partitions: must be at least 1 (got 0)")
  }

  @Test func aStructuralProblemStopsTheReading() throws {
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse("- just\n- a list\n", file: file) }
    #expect(e.message == "expected a mapping of keys, found a list")
  }

  @Test func problemsWithoutALineComeFirstAndEqualLinesKeepTheirOrder() {
    let a = InputError(file: file, line: 3, message: "a")
    let b = InputError(file: file, message: "b")
    let c = InputError(file: file, line: 3, message: "c")
    let d = InputError(file: file, line: 1, message: "d")
    #expect(ProblemReport.inFileOrder([a, b, c, d]).map(\.message) == ["b", "d", "a", "c"])
  }
}
