/// Why the run ledger could not be opened, written or read.
public enum LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file exists but is not an SQLite database; it was not touched.
  case notALedger(path: String)
  /// The path names a folder, not a file; `reading` when a read command was given it.
  case notAFile(path: String, reading: Bool)
  /// The ledger holds schema migrations this version does not know.
  case newerSchema(path: String, unknown: [String])
  /// SQLite refused (locked past the busy timeout, disk full, read-only…).
  case database(path: String, message: String)
  /// No run has this id.
  case unknownRun(path: String, id: Int64, newest: Int64?)

  public var description: String {
    switch self {
    case .notALedger(let path):
      "\(path): not a StreamCost ledger (not an SQLite database); the file was left untouched — pass another --ledger PATH or --no-ledger"
    case .notAFile(let path, _):
      "\(path): is a folder, not a ledger file; pass a file path with --ledger PATH (or --no-ledger)"
    case .newerSchema(let path, let unknown):
      "\(path): written by a newer StreamCost (unknown schema migration \(unknown.joined(separator: ", "))); upgrade streamcost to read it"
    case .database(let path, let message):
      "\(path): ledger error: \(message)"
    case .unknownRun(let path, let id, let newest):
      "\(path): no run \(id)" + (newest.map { " (runs are numbered 1 to \($0); see `streamcost runs list`)" } ?? " (the ledger is empty)")
    }
  }
}
