import Foundation
import GRDB
import StreamCost
import Testing

@testable import StreamCostIO

/// What the ledger promises under refusal and reading: a refused file is byte-identical afterwards,
/// reading never writes, a folder is refused, and a run and its output folder exist together or not at all.
struct LedgerHardeningTests {
  static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  static func newerLedger() throws -> String {
    let path = try LedgerTests.freshPath()
    try Ledger.open(path).record(try LedgerTests.telcoRun())
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
    try queue.close()
    return path
  }

  /// The issue found a refused newer ledger 4 KiB larger, with a new SHA-256: now both opening to
  /// record and opening to read leave it byte for byte as it was.
  @Test func aNewerLedgerIsRefusedByteIdentical() throws {
    let path = try Self.newerLedger()
    let before = try Self.bytes(path)
    #expect(throws: LedgerError.newerSchema(path: path, unknown: ["v9-future"])) { try Ledger.open(path) }
    #expect(throws: LedgerError.newerSchema(path: path, unknown: ["v9-future"])) { try Ledger.openForReading(path) }
    #expect(try Self.bytes(path) == before)
  }

  /// Reading a ledger never writes it: list and show leave its bytes unchanged.
  @Test func readingLeavesTheFileUnchanged() throws {
    let path = try LedgerTests.freshPath()
    try Ledger.open(path).record(try LedgerTests.telcoRun())
    let before = try Self.bytes(path)
    let ledger = try Ledger.openForReading(path)
    #expect(try ledger.list().map(\.id) == [1])
    #expect(try ledger.run(1).id == 1)
    #expect(try Self.bytes(path) == before)
  }

  /// The reading connection is read-only: recording through it fails, and the file is unchanged.
  @Test func aLedgerOpenedForReadingCannotWrite() throws {
    let path = try LedgerTests.freshPath()
    try Ledger.open(path).record(try LedgerTests.telcoRun())
    let before = try Self.bytes(path)
    #expect(throws: LedgerError.self) { try Ledger.openForReading(path).record(try LedgerTests.telcoRun()) }
    #expect(try Self.bytes(path) == before)
  }

  /// A missing ledger reads as empty, and reading does not create it.
  @Test func aMissingLedgerReadsEmptyAndIsNotCreated() throws {
    let path = try LedgerTests.freshPath()
    #expect(try Ledger.openForReading(path).list().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// A folder given as the ledger is a clean error (it used to trap reading the folder's header).
  @Test func aFolderIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory().path
    #expect(throws: LedgerError.notAFile(path: folder, reading: false)) { try Ledger.open(folder) }
    #expect(throws: LedgerError.notAFile(path: folder, reading: true)) { try Ledger.openForReading(folder) }
  }

  /// The output folder is published inside the run's transaction: when publishing fails (an
  /// output name is a folder there), the run is not recorded and the previous folder is untouched.
  @Test func aFolderThatCannotBePublishedLeavesNoRun() throws {
    let path = try LedgerTests.freshPath()
    let ledger = try Ledger.open(path)
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out.appendingPathComponent("summary.csv"), withIntermediateDirectories: true)
    let folder = try StagedFolder(destination: out.path)
    try OutputDirectory.stage([("summary.csv", "new\r\n")], in: folder)
    #expect(throws: InputError.self) { try ledger.record(try LedgerTests.telcoRun(), publishing: folder) }
    #expect(try ledger.list().isEmpty)
    #expect(TestSupport.contents(of: out) == ["summary.csv"])
    #expect(TestSupport.contents(of: out.deletingLastPathComponent()) == ["out"])
  }

  /// When the run records, the folder is in place, and no sibling is left.
  @Test func aRecordedRunHasItsFolder() throws {
    let ledger = try Ledger.open(try LedgerTests.freshPath())
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("out")
    let folder = try StagedFolder(destination: out.path)
    try OutputDirectory.stage([("summary.csv", "new\r\n")], in: folder)
    #expect(try ledger.record(try LedgerTests.telcoRun(), publishing: folder) == 1)
    #expect(TestSupport.contents(of: out) == ["summary.csv"])
    #expect(TestSupport.contents(of: out.deletingLastPathComponent()) == ["out"])
  }

  /// A recorded run whose ledger was edited to hold an alias bomb does not hang `runs diff`:
  /// its fields read as empty.
  @Test func scenarioFieldsOfAnAliasBombAreEmpty() {
    #expect(ScenarioFields.flatten(YAMLNodeBudgetTests.bomb(levels: 9)).isEmpty)
  }
}
