import Foundation
import Testing

@testable import StreamCostIO

/// An output folder is built in a hidden sibling and put in place whole: the previous folder is
/// untouched until then, and nothing temporary is left inside it or beside it.
struct StagedFolderTests {
  func write(_ files: [(name: String, contents: String)], to folder: URL) throws(InputError) {
    try OutputDirectory.write(files, to: folder.path)
  }

  func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  /// Nothing appears at the destination before publishing; the sibling is hidden and beside it.
  @Test func nothingIsVisibleBeforePublishing() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("out")
    let folder = try StagedFolder(destination: out.path)
    try OutputDirectory.stage([("a.csv", "a\r\n")], in: folder)
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(TestSupport.contents(of: root) == [".out.streamcost-\(getpid()).tmp"])
    try folder.publish()
    folder.finish()
    #expect(TestSupport.contents(of: root) == ["out"])
    #expect(TestSupport.contents(of: out) == ["a.csv"])
  }

  /// Replacing a folder keeps the files the run does not write, and replaces those it does.
  @Test func anExistingFolderKeepsItsOtherFiles() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try write([("a.csv", "old\r\n"), ("notes.txt", "mine\n")], to: out)
    try write([("a.csv", "new\r\n")], to: out)
    #expect(TestSupport.contents(of: out) == ["a.csv", "notes.txt"])
    #expect(try text(out.appendingPathComponent("a.csv")) == "new\r\n")
    #expect(try text(out.appendingPathComponent("notes.txt")) == "mine\n")
    #expect(TestSupport.contents(of: root) == ["out"])
  }

  /// A folder that holds folders of its own is filled file by file, and its folders stay as they are.
  @Test func aFolderWithSubfoldersIsFilledInPlace() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("project")
    try FileManager.default.createDirectory(at: out.appendingPathComponent("src"), withIntermediateDirectories: true)
    try "code\n".write(to: out.appendingPathComponent("src/main.txt"), atomically: true, encoding: .utf8)
    try write([("a.csv", "a\r\n")], to: out)
    #expect(TestSupport.contents(of: out) == ["a.csv", "src"])
    #expect(try text(out.appendingPathComponent("src/main.txt")) == "code\n")
    #expect(TestSupport.contents(of: root) == ["project"])
  }

  /// A destination that is a symbolic link to a folder is written through the link; the link stays.
  @Test func aLinkedFolderIsWrittenThroughTheLink() throws {
    let root = try TestSupport.temporaryDirectory()
    let target = root.appendingPathComponent("target")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    let link = root.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    try write([("a.csv", "a\r\n")], to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    #expect(TestSupport.contents(of: target) == ["a.csv"])
    #expect(TestSupport.contents(of: root) == ["link", "target"])
  }

  /// When one output name is a folder in the destination, the command refuses (exit 73) and the
  /// folder keeps its previous files: none of the new ones is mixed in (the case).
  @Test func anOutputNameThatIsAFolderChangesNothing() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try write([("a.csv", "old\r\n")], to: out)
    try FileManager.default.createDirectory(at: out.appendingPathComponent("b.csv"), withIntermediateDirectories: false)
    let e = try thrownInputError { () throws(InputError) in try write([("a.csv", "new\r\n"), ("b.csv", "b\r\n")], to: out) }
    #expect(e.kind == .unwritable)
    #expect(e.file == out.appendingPathComponent("b.csv").path)
    #expect(try text(out.appendingPathComponent("a.csv")) == "old\r\n")
    #expect(TestSupport.contents(of: root) == ["out"])
  }

  /// Taking a published folder back restores the previous one exactly.
  @Test func unpublishRestoresThePreviousFolder() throws {
    let root = try TestSupport.temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try write([("a.csv", "old\r\n")], to: out)
    let folder = try StagedFolder(destination: out.path)
    try OutputDirectory.stage([("a.csv", "new\r\n"), ("b.csv", "b\r\n")], in: folder)
    try folder.publish()
    #expect(try text(out.appendingPathComponent("a.csv")) == "new\r\n")
    folder.unpublish()
    #expect(TestSupport.contents(of: out) == ["a.csv"])
    #expect(try text(out.appendingPathComponent("a.csv")) == "old\r\n")
    #expect(TestSupport.contents(of: root) == ["out"])
  }

  /// A sibling left by a killed process (its pid no longer runs) is removed by the next run.
  @Test func aStaleSiblingIsSweptAway() throws {
    let root = try TestSupport.temporaryDirectory()
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/true")
    try dead.run()
    dead.waitUntilExit()
    let stale = root.appendingPathComponent(".out.streamcost-\(dead.processIdentifier).tmp")
    try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: false)
    try write([("a.csv", "a\r\n")], to: root.appendingPathComponent("out"))
    #expect(TestSupport.contents(of: root) == ["out"])
  }
}
