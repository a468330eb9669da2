import ArgumentParser
import Foundation
import StreamCostIO

/// Where runs are recorded: `--ledger PATH`, else `$STREAMCOST_LEDGER`, else `./streamcost.sqlite`.
struct LedgerOptions: ParsableArguments {
  static let environmentVariable = "STREAMCOST_LEDGER"

  @Option(help: "SQLite run ledger (default: $STREAMCOST_LEDGER, else ./streamcost.sqlite).")
  var ledger: String?

  var path: String {
    ledger ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? Ledger.defaultPath
  }

  /// Opens the ledger to record into (created and migrated if needed).
  func open() throws(LedgerError) -> Ledger { try Ledger.open(path) }

  /// Opens the ledger read-only, for commands that only read it.
  func openForReading() throws(LedgerError) -> Ledger { try Ledger.openForReading(path) }
}

/// The tool's version, recorded with every run.
enum ToolVersion {
  static let current = "0.1.0"
}
