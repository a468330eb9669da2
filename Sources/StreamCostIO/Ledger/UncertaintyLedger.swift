import Foundation
import GRDB

/// The ledger's `uncertainty` and `uncertainty_file` tables (migration `v4-uncertainty-runs`): one
/// row per `uncertainty` run with its seed and sample counts, and the text of each file it wrote.
extension Ledger {
  func insertUncertainty(_ db: Database, id: Int64, _ u: UncertaintyRecord) throws {
    try db.execute(
      sql: """
        INSERT INTO uncertainty (run_id, seed, samples, requested_samples, precision, short_hours, converged)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [id, String(u.seed), u.samples, u.requestedSamples, u.precision, u.shortHours, u.converged])
    for file in u.files {
      try db.execute(sql: "INSERT INTO uncertainty_file (run_id, name, text) VALUES (?, ?, ?)", arguments: [id, file.path, file.text])
    }
  }

  /// The uncertainty record of run `id`, nil for a `compare` run (and in a ledger of an older
  /// schema, opened read-only and so not migrated); its files only `withFiles`.
  func uncertainty(_ db: Database, id: Int64, withFiles: Bool) throws -> UncertaintyRecord? {
    guard try db.tableExists("uncertainty") else { return nil }
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM uncertainty WHERE run_id = ?", arguments: [id]) else { return nil }
    let seedText: String = row["seed"]
    guard let seed = UInt64(seedText) else { throw LedgerError.database(path: path, message: "run \(id) has seed '\(seedText)', not a whole number") }
    let files =
      withFiles
      ? try Row.fetchAll(db, sql: "SELECT name, text FROM uncertainty_file WHERE run_id = ? ORDER BY name", arguments: [id])
        .map { RecordedFile(path: $0["name"], text: $0["text"]) } : []
    return UncertaintyRecord(
      seed: seed, samples: row["samples"], requestedSamples: row["requested_samples"], precision: row["precision"],
      shortHours: row["short_hours"], converged: row["converged"], files: files)
  }
}
