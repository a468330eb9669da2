import Foundation
import Testing

@testable import StreamCostIO

/// Output folders with copied files (an export's timeline) are written whole or not at all.
struct OutputDirectoryFileTests {
  @Test func writesTextAndCopiesAndLeavesOtherFilesAlone() throws {
    let root = try TestSupport.temporaryDirectory()
    let source = root.appendingPathComponent("source.csv")
    try "a,b\r\n".write(to: source, atomically: true, encoding: .utf8)
    let folder = root.appendingPathComponent("export")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try OutputDirectory.write([.text(name: "x.ipynb", contents: "{}\n"), .copy(name: "t.csv", from: source.path)], to: folder.path)
    #expect(TestSupport.contents(of: folder) == ["notes.txt", "t.csv", "x.ipynb"])
    #expect(try String(contentsOf: folder.appendingPathComponent("x.ipynb"), encoding: .utf8) == "{}\n")
    #expect(try String(contentsOf: folder.appendingPathComponent("t.csv"), encoding: .utf8) == "a,b\r\n")
  }

  @Test func aFailedCopyLeavesNoFileAndRemovesTheFolderItCreated() throws {
    let root = try TestSupport.temporaryDirectory()
    let folder = root.appendingPathComponent("new/export")
    let error = try thrownInputError { () throws(InputError) in
      try OutputDirectory.write(
        [.text(name: "x.ipynb", contents: "{}\n"), .copy(name: "t.csv", from: root.appendingPathComponent("missing.csv").path)],
        to: folder.path)
    }
    #expect(error.description == "\(folder.appendingPathComponent("t.csv").path): cannot be written")
    #expect(error.kind == .unwritable)
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test func aFailedCopyLeavesAnExistingFolderAsItWas() throws {
    let folder = try TestSupport.temporaryDirectory()
    try "old".write(to: folder.appendingPathComponent("x.ipynb"), atomically: true, encoding: .utf8)
    _ = try thrownInputError { () throws(InputError) in
      try OutputDirectory.write([.text(name: "x.ipynb", contents: "new"), .copy(name: "t.csv", from: "/nonexistent/t.csv")], to: folder.path)
    }
    #expect(TestSupport.contents(of: folder) == ["x.ipynb"])
    #expect(try String(contentsOf: folder.appendingPathComponent("x.ipynb"), encoding: .utf8) == "old")
  }

  @Test func aFileWhereTheFolderShouldBeIsUnwritable() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("taken")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let error = try thrownInputError { () throws(InputError) in try OutputDirectory.write([.text(name: "a", contents: "")], to: file.path) }
    #expect(error.message == "is a file, not a folder")
    #expect(error.kind == .unwritable)
  }

  @Test func theNotebookIsNamedAfterItsFolder() {
    #expect(NotebookExport.notebookName(folder: "notebooks-export/telco-c360-feeds") == "telco-c360-feeds.ipynb")
    #expect(NotebookExport.notebookName(folder: "/tmp/x/deck/") == "deck.ipynb")
    #expect(NotebookExport.defaultFolder(scenario: "retail-context") == "notebooks-export/retail-context")
  }
}
