import Foundation
import Testing

@testable import StreamCostIO

/// OutputDirectory.write: whole files or nothing (temporary file, then rename).
struct OutputDirectoryTests {
  @Test func writesEveryFileAndLeavesNoTemporaryFile() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("reports/run-1")  // two levels created
    try OutputDirectory.write([("a.csv", "x\r\n"), ("b.csv", "ü,1\r\n")], to: out.path)
    // Exactly the two files, hidden temporaries included in the listing.
    #expect(TestSupport.contents(of: out) == ["a.csv", "b.csv"])
    #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "x\r\n")
    #expect(try Data(contentsOf: out.appendingPathComponent("b.csv")) == Data("ü,1\r\n".utf8))
  }

  @Test func replacesAnExistingFileWhole() throws {
    let out = try TestSupport.temporaryDirectory()
    try OutputDirectory.write([("a.csv", "old and longer\r\n")], to: out.path)
    try OutputDirectory.write([("a.csv", "new\r\n")], to: out.path)
    #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "new\r\n")
    #expect(TestSupport.contents(of: out) == ["a.csv"])
  }

  @Test func aFolderUnderARegularFileFailsAndLeavesNothing() throws {
    let root = try TestSupport.temporaryDirectory()
    let file = root.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: file)
    let out = file.appendingPathComponent("out")
    let e = try thrownInputError { () throws(InputError) in
      try OutputDirectory.write([("summary.csv", "a\r\n")], to: out.path)
    }
    #expect(e.file == out.path)
    #expect(e.message.hasPrefix("cannot create the output folder ("))
    // Nothing new anywhere: the root still holds only the regular file, unchanged.
    #expect(TestSupport.contents(of: root) == ["not-a-folder"])
    #expect(try Data(contentsOf: file) == Data("x".utf8))
  }

  @Test func aFolderPathThatIsARegularFileFails() throws {
    let root = try TestSupport.temporaryDirectory()
    let file = root.appendingPathComponent("taken")
    try Data("x".utf8).write(to: file)
    let e = try thrownInputError { () throws(InputError) in try OutputDirectory.write([("a.csv", "a\r\n")], to: file.path) }
    #expect(e.file == file.path)
    #expect(e.message == "is a file, not a folder")
    #expect(TestSupport.contents(of: root) == ["taken"])
    #expect(try Data(contentsOf: file) == Data("x".utf8))
  }

  @Test func aFileThatCannotBeWrittenRemovesTheOthersTemporaries() throws {
    let out = try TestSupport.temporaryDirectory()
    // The second name points into a folder that does not exist, so its temporary file cannot be created
    // after the first one was.
    let e = try thrownInputError { () throws(InputError) in
      try OutputDirectory.write([("a.csv", "a\r\n"), ("missing/b.csv", "b\r\n")], to: out.path)
    }
    #expect(e.file == out.appendingPathComponent("missing/b.csv").path)
    #expect(e.message == "cannot be written")
    #expect(TestSupport.contents(of: out) == [])
  }
}
