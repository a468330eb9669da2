import Foundation
import GRDB
import StreamCost
import Testing

@testable import StreamCostIO

/// The SQLite ledger: a run is recorded whole and reads back identical; foreign and newer files are refused.
struct LedgerTests {
  /// The shipped telco scenario priced with the shipped book, as `compare` would record it.
  static func telcoRun() throws -> RunRecord {
    let scenario = try ScenarioLoader.load(TestSupport.telcoScenario)
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    let comparison = try CostEngine(book: book).compare(scenario)
    return RunRecord(
      recordedAt: "2026-11-22T05:00:00Z", toolVersion: "test", scenarioFile: TestSupport.telcoScenario,
      scenarioText: try TextFile.read(TestSupport.telcoScenario), priceBookPath: TestSupport.shippedBook,
      book: book, comparison: comparison)
  }

  static func freshPath() throws -> String {
    try TestSupport.temporaryDirectory().appendingPathComponent("ledger.sqlite").path
  }

  /// What `runs show` prints comes from the ledger alone: the CSV files rebuilt from a stored run
  /// are byte-identical to those of the original comparison.
  @Test func aRecordedRunReadsBackIdentical() throws {
    let ledger = try Ledger.open(try Self.freshPath())
    let run = try Self.telcoRun()
    let id = try ledger.record(run)
    #expect(id == 1)
    let stored = try ledger.run(id)
    for (a, b) in zip(ReportCSV.files(stored.comparison), ReportCSV.files(run.comparison)) {
      #expect(a.contents == b.contents, "\(a.name) differs after the round trip")
    }
    #expect(stored.book == run.book.withLocation(""))
    #expect(stored.scenarioSHA256 == Fingerprint.sha256(run.scenarioText))
  }

  /// Measured-series files recorded with a run read back with their text, by path; a run without
  /// any has none.
  @Test func seriesFilesReadBackWithTheRun() throws {
    let ledger = try Ledger.open(try Self.freshPath())
    var run = try Self.telcoRun()
    let files = [
      RecordedFile(path: "/data/b.csv", text: "timestamp,bytes_per_second\n2026-01-01T00:00:00Z,5\n"),
      RecordedFile(path: "/data/a.csv", text: "timestamp,bytes_per_second\n"),
    ]
    run.series = files
    let id = try ledger.record(run)
    let bare = try ledger.record(try Self.telcoRun())
    #expect(try ledger.run(id).series == files.sorted { $0.path < $1.path })
    #expect(try ledger.run(bare).series.isEmpty)
    // `printf 'timestamp,bytes_per_second\n' | sha256sum` prints the same digest.
    #expect(files[1].sha256 == "16e89b93b8d788a850e501e13ce590f4de56e6afe640575307a126b8f842d9e9")
  }

  /// `runs list` is newest first and carries each architecture's exact total.
  @Test func listIsNewestFirstWithTotals() throws {
    let ledger = try Ledger.open(try Self.freshPath())
    let run = try Self.telcoRun()
    try ledger.record(run)
    try ledger.record(run)
    let runs = try ledger.list()
    #expect(runs.map(\.id) == [2, 1])
    #expect(runs[0].totals.map(\.architecture) == run.comparison.results.map(\.name))
    #expect(runs[0].totals.map(\.total) == run.comparison.results.map(\.total))
  }

  /// SHA-256 of "abc" is the FIPS 180-2 test vector ba7816bf…f20015ad.
  @Test func fingerprintsAreSHA256() {
    #expect(Fingerprint.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("notes.txt").path
    try "these are my notes, not a database\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: LedgerError.notALedger(path: path)) { try Ledger.open(path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "these are my notes, not a database\n")
    #expect(TestSupport.contents(of: folder) == ["notes.txt"])
  }

  /// A ledger migrated by a later StreamCost (a migration this build does not know) is refused, not altered.
  @Test func aNewerSchemaIsRefused() throws {
    let path = try Self.freshPath()
    _ = try Ledger.open(path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
    #expect(throws: LedgerError.newerSchema(path: path, unknown: ["v9-future"])) { try Ledger.open(path) }
  }

  /// A run recorded before price books carried facts stored its book without them: it reads back
  /// with the facts of the book folder it was priced with (its recorded path), the same book; with
  /// that folder gone, it says the run cannot be decoded.
  @Test func aBookStoredWithoutFactsTakesThoseOfItsFolder() throws {
    let path = try Self.freshPath()
    let ledger = try Ledger.open(path)
    let run = try Self.telcoRun()
    let id = try ledger.record(run)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      let json = try String.fetchOne(db, sql: "SELECT price_book_json FROM run WHERE id = ?", arguments: [id])!
      var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect(object.removeValue(forKey: "facts") != nil)
      let old = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
      try db.execute(sql: "UPDATE run SET price_book_json = ? WHERE id = ?", arguments: [old, id])
    }
    #expect(try ledger.run(id).book == run.book.withLocation(""))
    try queue.write { try $0.execute(sql: "UPDATE run SET price_book_path = 'gone' WHERE id = ?", arguments: [id]) }
    #expect(throws: LedgerError.self) { try ledger.run(id) }
  }

  @Test func anUnknownRunIdSaysWhichIdsExist() throws {
    let ledger = try Ledger.open(try Self.freshPath())
    #expect(throws: LedgerError.unknownRun(path: ledger.path, id: 5, newest: nil)) { try ledger.run(5) }
    try ledger.record(try Self.telcoRun())
    #expect(throws: LedgerError.unknownRun(path: ledger.path, id: 5, newest: 1)) { try ledger.run(5) }
  }

  /// Recording is one transaction: if anything fails, no row of the run remains.
  @Test func aFailedRecordLeavesNoPartialRun() throws {
    let path = try Self.freshPath()
    let ledger = try Ledger.open(path)
    var run = try Self.telcoRun()
    // Two architectures with one name break the summary table's primary key after the run row is inserted.
    run.comparison.results.append(run.comparison.results[0])
    #expect(throws: LedgerError.self) { try ledger.record(run) }
    let counts = try DatabaseQueue(path: path).read { db in
      try ["run", "summary", "line_item", "assumption"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
    }
    #expect(counts == [0, 0, 0, 0])
  }

  @Test func scenarioFieldsFlattenToKeyPaths() {
    let fields = ScenarioFields.flatten("name: a\nfeeds:\n  - name: f\n    write: 10 MB/s\n")
    #expect(fields == ["name": "a", "feeds[0].name": "f", "feeds[0].write": "10 MB/s"])
  }
}

extension PriceBook {
  func withLocation(_ location: String) -> PriceBook {
    var copy = self
    copy.info.location = location
    return copy
  }
}
