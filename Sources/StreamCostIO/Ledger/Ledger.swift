import Foundation
import GRDB
import StreamCost

/// The run ledger: every `compare` run, recorded whole in one SQLite transaction (through GRDB).
///
/// The database runs in WAL mode with a busy timeout, so several processes can
/// record into the same file at once: a writer waits for the lock instead of failing.
public struct Ledger: Sendable {
  /// Default file, in the working directory.
  public static let defaultPath = "streamcost.sqlite"
  /// How long a writer waits for another process's transaction before giving up.
  public static let busyTimeout: TimeInterval = 30
  /// Environment variable naming a marker file: when set, `record` writes it and then
  /// holds its transaction open for a minute. It exists so tests can kill a process mid-record.
  public static let holdTransactionVariable = "STREAMCOST_TEST_HOLD_TRANSACTION"

  public let path: String
  /// A writable pool (``open(_:)``), or a read-only connection (``openForReading(_:)``).
  let pool: any DatabaseReader

  /// Opens (creating if needed) the ledger at `path`, migrating it to the current schema.
  ///
  /// A file that is refused (not SQLite, or written by a newer StreamCost) is checked through a
  /// read-only connection first, so it is left byte-identical.
  public static func open(_ path: String) throws(LedgerError) -> Ledger {
    try refuseForeignFile(path, reading: false)
    if FileManager.default.fileExists(atPath: path) { _ = try openForReading(path) }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    do {
      let pool = try openPool(path, configuration)
      let migrator = LedgerSchema.migrator
      try refuseNewerSchema(pool, path: path, migrator: migrator)
      try migrate(pool, with: migrator)
      return Ledger(path: path, pool: pool)
    } catch {
      throw openingError(error, path: path)
    }
  }

  /// Opens the ledger at `path` read-only, for the commands that only read it (`runs list`,
  /// `show`, `diff`, `export notebook --run`): they work on a read-only file and never alter it.
  /// A missing file reads as an empty ledger, and is not created.
  public static func openForReading(_ path: String) throws(LedgerError) -> Ledger {
    try refuseForeignFile(path, reading: true)
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    do {
      guard FileManager.default.fileExists(atPath: path), (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0
      else { return Ledger(path: path, pool: try emptyLedger()) }
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      try refuseNewerSchema(queue, path: path, migrator: LedgerSchema.migrator)
      return Ledger(path: path, pool: queue)
    } catch {
      throw openingError(error, path: path)
    }
  }

  /// What a failure to open, check or migrate the ledger at `path` reports: a ``LedgerError`` as it
  /// is, SQLite's "not a database" as ``LedgerError/notALedger(path:)``, anything else as a database error.
  static func openingError(_ error: any Error, path: String) -> LedgerError {
    switch error {
    case let error as LedgerError: error
    case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB: .notALedger(path: path)
    default: .database(path: path, message: "\(error)")
    }
  }

  /// An empty ledger in memory: what a missing file reads as.
  static func emptyLedger() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try LedgerSchema.migrator.migrate(queue)
    return queue
  }

  /// Throws ``LedgerError/newerSchema(path:unknown:)`` when the file holds migrations this version does not know.
  static func refuseNewerSchema(_ reader: any DatabaseReader, path: String, migrator: DatabaseMigrator) throws {
    let unknown = try reader.read { db in
      try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted() : []
    }
    guard unknown.isEmpty else { throw LedgerError.newerSchema(path: path, unknown: unknown) }
  }

  /// Opens the pool, retrying while another process holds the lock that switching a new file to
  /// WAL needs: SQLite reports that as SQLITE_BUSY at once, without waiting on the busy timeout.
  static func openPool(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
    let deadline = Date().addingTimeInterval(busyTimeout)
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
        Thread.sleep(forTimeInterval: openRetryInterval)
      }
    }
  }

  /// Applies pending migrations. Each migration is one transaction, but GRDB decides which are
  /// pending before taking the write lock, so two processes opening a new ledger can both try the
  /// same one; the loser's transaction rolls back, and it retries once the winner has committed.
  static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
    let deadline = Date().addingTimeInterval(busyTimeout)
    while true {
      do {
        try migrator.migrate(pool)
        return
      } catch {
        if try pool.read(migrator.hasCompletedMigrations) { return }
        guard Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: openRetryInterval)
      }
    }
  }

  /// Pause between attempts to open a ledger another process is setting up.
  static let openRetryInterval: TimeInterval = 0.05

  /// Refuses a folder, and a non-empty file that does not start with the SQLite header, before SQLite touches it.
  static func refuseForeignFile(_ path: String, reading: Bool) throws(LedgerError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    guard !isDirectory.boolValue else { throw .notAFile(path: path, reading: reading) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      if reading { throw .database(path: path, message: "cannot be read (permission denied?)") }
      return
    }
    defer { try? handle.close() }
    let header = handle.readData(ofLength: 16)
    if !header.isEmpty && header != Data("SQLite format 3\u{0}".utf8) {
      throw .notALedger(path: path)
    }
  }

  /// Records a run and returns its id. All of it is written, or none.
  @discardableResult
  public func record(_ run: RunRecord) throws(LedgerError) -> Int64 {
    do {
      return try record(run, publishing: nil)
    } catch let error as LedgerError {
      throw error
    } catch {
      throw .database(path: path, message: "\(error)")
    }
  }

  /// Records a run and publishes its output folder in the same step: the folder is put in place
  /// inside the run's transaction, which commits only once that has succeeded; if the commit then
  /// fails, the folder is taken back. So the record and the folder both exist, or neither does
  /// (a kill between the folder's rename and the commit, a few microseconds, is the one exception).
  @discardableResult
  public func record(_ run: RunRecord, publishing folder: StagedFolder?) throws -> Int64 {
    guard let pool = pool as? DatabasePool else { throw LedgerError.database(path: path, message: "opened read-only") }
    var published = false
    do {
      let id = try insert(run, into: pool) {
        try folder?.publish()
        published = true
      }
      folder?.finish()
      return id
    } catch {
      if published { folder?.unpublish() }
      throw error
    }
  }

  func insert(_ run: RunRecord, into pool: DatabasePool, beforeCommit: () throws -> Void) throws -> Int64 {
    var outsideError: (any Error)?
    do {
      let comparison = run.comparison
      let comparisonJSON = try ComparisonJSON.encodeForStorage(comparison)
      let bookJSON = try Fingerprint.canonicalJSON(run.book)
      return try pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO run (recorded_at, tool_version, scenario_name, scenario_file, scenario_text, scenario_sha256,
              price_book_path, price_book_label, price_book_version, price_book_sha256, price_book_json, currency,
              comparison_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            run.recordedAt, run.toolVersion, comparison.scenario, run.scenarioFile, run.scenarioText,
            Fingerprint.sha256(run.scenarioText), run.priceBookPath, run.book.info.label, run.book.info.asOf,
            Fingerprint.sha256(bookJSON), bookJSON, run.book.info.currency, comparisonJSON,
          ])
        let id = db.lastInsertedRowID
        try insertRows(db, id: id, comparison: comparison)
        try insertEvents(db, id: id, events: run.events)
        if let uncertainty = run.uncertainty { try insertUncertainty(db, id: id, uncertainty) }
        for file in run.series {
          try db.execute(
            sql: "INSERT INTO series_file (run_id, path, sha256, text) VALUES (?, ?, ?, ?)",
            arguments: [id, file.path, file.sha256, file.text])
        }
        holdForFaultInjection()
        do { try beforeCommit() } catch {
          outsideError = error
          throw error
        }
        return id
      }
    } catch {
      if let outsideError { throw outsideError }
      throw LedgerError.database(path: path, message: "\(error)")
    }
  }

  func insertRows(_ db: Database, id: Int64, comparison: Comparison) throws {
    for result in comparison.results {
      for category in CostCategory.allCases {
        try db.execute(
          sql: "INSERT INTO summary (run_id, architecture, category, monthly_cost) VALUES (?, ?, ?, ?)",
          arguments: [id, result.name, category.rawValue, ExactDecimal.plain(result.cost(category))])
      }
      try db.execute(
        sql: "INSERT INTO summary (run_id, architecture, category, monthly_cost) VALUES (?, ?, 'total', ?)",
        arguments: [id, result.name, ExactDecimal.plain(result.total)])
    }
    let lines = comparison.results.flatMap { result in result.lines.map { (result.name, $0) } }
    for (position, (architecture, line)) in lines.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO line_item (run_id, position, architecture, category, description, quantity, unit, unit_price, cost,
            price_row, assumption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, position, architecture, line.category.rawValue, line.description, ExactDecimal.plain(line.quantity),
          line.unit.rawValue, ExactDecimal.plain(line.unitPrice), ExactDecimal.plain(line.cost), line.priceRow,
          line.assumption,
        ])
    }
    for (position, a) in comparison.allAssumptions.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO assumption (run_id, position, architecture, name, value, unit, origin, uncertain, source)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [id, position, a.scope, a.name, a.value, a.unit, a.origin.rawValue, a.uncertain, a.source])
    }
  }

  func insertEvents(_ db: Database, id: Int64, events: [ScalingEvent]) throws {
    for (position, e) in events.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO scaling_event (run_id, position, architecture, offset_s, reason, before, after, bytes_moved,
            duration_s, cross_az_bytes, cross_az_cost, hours_short) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, position, e.architectureName, e.offset, e.reason.rawValue, e.before, e.after, e.bytesMoved, e.duration,
          e.crossAZBytes, ExactDecimal.plain(e.crossAZCost), e.hoursShort,
        ])
    }
  }

  func holdForFaultInjection() {
    guard let marker = ProcessInfo.processInfo.environment[Self.holdTransactionVariable] else { return }
    _ = FileManager.default.createFile(atPath: marker, contents: Data("holding\n".utf8))
    Thread.sleep(forTimeInterval: 60)
  }

  /// Every run, newest first, with each architecture's total.
  public func list() throws(LedgerError) -> [RunListing] {
    do {
      return try pool.read { db in
        let rows = try Row.fetchAll(
          db, sql: "SELECT id, recorded_at, scenario_name, price_book_label, price_book_sha256, currency FROM run ORDER BY id DESC")
        return try rows.map { row in
          let id: Int64 = row["id"]
          let totals = try Row.fetchAll(
            db,
            sql: "SELECT architecture, monthly_cost FROM summary WHERE run_id = ? AND category = 'total' ORDER BY rowid",
            arguments: [id]
          ).map { ($0["architecture"] as String, ExactDecimal.parse($0["monthly_cost"]) ?? 0) }
          return RunListing(
            id: id, recordedAt: row["recorded_at"], scenario: row["scenario_name"], priceBook: "\(row["price_book_label"] as String) #\((row["price_book_sha256"] as String).prefix(8))",
            currency: row["currency"], totals: totals, uncertainty: try uncertainty(db, id: id, withFiles: false))
        }
      }
    } catch {
      throw .database(path: path, message: "\(error)")
    }
  }

  /// The run with `id`, rebuilt from the ledger alone.
  public func run(_ id: Int64) throws(LedgerError) -> StoredRun {
    let row: Row?
    let newest: Int64?
    let series: [RecordedFile]
    let uncertainty: UncertaintyRecord?
    do {
      (row, newest, series, uncertainty) = try pool.read { db in
        (try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]),
         try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM run"),
         try Row.fetchAll(db, sql: "SELECT path, text FROM series_file WHERE run_id = ? ORDER BY path", arguments: [id])
          .map { RecordedFile(path: $0["path"], text: $0["text"]) },
         try self.uncertainty(db, id: id, withFiles: true))
      }
    } catch {
      throw .database(path: path, message: "\(error)")
    }
    guard let row else { throw .unknownRun(path: path, id: id, newest: newest) }
    do {
      let decoder = JSONDecoder()
      return StoredRun(
        id: id, recordedAt: row["recorded_at"], toolVersion: row["tool_version"], scenarioFile: row["scenario_file"],
        scenarioText: row["scenario_text"], scenarioSHA256: row["scenario_sha256"],
        priceBookPath: row["price_book_path"], priceBookSHA256: row["price_book_sha256"],
        book: try StoredBook.decode(Data((row["price_book_json"] as String).utf8), path: row["price_book_path"]),
        comparison: try decoder.decode(Comparison.self, from: Data((row["comparison_json"] as String).utf8)), series: series,
        uncertainty: uncertainty)
    } catch {
      throw .database(path: path, message: "run \(id) cannot be decoded: \(error)")
    }
  }
}
