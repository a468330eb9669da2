import Foundation
import GRDB
import StreamCost
import Testing

@testable import StreamCostIO

/// An `uncertainty` run in the ledger: its seed, sample counts and files read back as recorded,
/// a ledger of the previous schema opens and gains the tables, and `runs list` says what it is.
struct UncertaintyLedgerTests {
  static func record(seed: UInt64 = UInt64.max - 6) throws -> RunRecord {
    var run = try LedgerTests.telcoRun()
    run.uncertainty = UncertaintyRecord(
      seed: seed, samples: 600, requestedSamples: 1_000, precision: 0.005, shortHours: 2.5, converged: true,
      files: [
        RecordedFile(path: "quantiles.csv", text: "architecture,type\r\nkafka,kafka\r\n"),
        RecordedFile(path: "run.csv", text: "key,value\r\nseed,19\r\n"),
      ])
    return run
  }

  /// Every field reads back, the seed exactly even above Int64.max (it is stored as text); a
  /// `compare` run recorded next to it has none.
  @Test func seedSamplesAndFilesReadBack() throws {
    let ledger = try Ledger.open(try LedgerTests.freshPath())
    let run = try Self.record()
    let id = try ledger.record(run)
    let plain = try ledger.record(try LedgerTests.telcoRun())
    let stored = try ledger.run(id)
    #expect(stored.uncertainty == run.uncertainty)
    #expect(stored.uncertainty?.seed == 18_446_744_073_709_551_609)
    #expect(try ledger.run(plain).uncertainty == nil)
    for (a, b) in zip(ReportCSV.files(stored.comparison), ReportCSV.files(run.comparison)) {
      #expect(a.contents == b.contents, "\(a.name) differs after the round trip")
    }
  }

  /// `runs list` carries the seed and samples (not the files); its table line and CSV rows say so.
  @Test func listShowsSeedAndSamples() throws {
    let ledger = try Ledger.open(try LedgerTests.freshPath())
    try ledger.record(try LedgerTests.telcoRun())
    try ledger.record(try Self.record(seed: 19))
    let runs = try ledger.list()
    #expect(runs.map { $0.uncertainty?.seed } == [19, nil])
    #expect(runs[0].uncertainty?.files == [])
    #expect(runs[0].uncertainty?.label == "uncertainty: 600 of 1000 samples, seed 19, precision 0.5%")
    let table = RunTables.list(runs).components(separatedBy: "\n")
    #expect(table[1].contains("\tuncertainty: 600 of 1000 samples, seed 19, precision 0.5%; at the inputs' p50, USD/month: kafka "))
    #expect(!table[2].contains("uncertainty"))
    let csv = RunTables.listCSV(runs).components(separatedBy: "\r\n")
    #expect(csv[0] == "id,recorded_at,scenario,price_book,architecture,total,currency,kind,seed,samples")
    #expect(csv[1].hasSuffix(",USD,uncertainty,19,600"))
    #expect(csv.last(where: { !$0.isEmpty })?.hasSuffix(",USD,compare,,") == true)
  }

  /// A ledger of the previous schema (migrated up to `v3-series-files`) opens: it gains
  /// `v4-uncertainty-runs`, a `compare` run reads back without uncertainty, and an uncertainty run can be added.
  @Test func aLedgerOfThePreviousSchemaOpensAndMigrates() throws {
    let path = try LedgerTests.freshPath()
    let old = try DatabaseQueue(path: path)
    try LedgerSchema.migrator.migrate(old, upTo: "v3-series-files")
    try old.close()
    let ledger = try Ledger.open(path)
    let before = try ledger.record(try LedgerTests.telcoRun())
    let applied = try DatabaseQueue(path: path).read { try LedgerSchema.migrator.appliedIdentifiers($0) }
    #expect(applied.contains("v4-uncertainty-runs"))
    #expect(try ledger.run(before).uncertainty == nil)
    let after = try ledger.record(try Self.record())
    #expect(try ledger.run(after).uncertainty?.samples == 600)
  }

  /// Migrated up to v3 only, then opened read-only: reading works without migrating (an old
  /// ledger on a read-only disk), and lists its runs as `compare` runs.
  @Test func anUnmigratedLedgerReadsWithoutAlteration() throws {
    let path = try LedgerTests.freshPath()
    let old = try DatabaseQueue(path: path)
    try LedgerSchema.migrator.migrate(old, upTo: "v3-series-files")
    try old.close()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let runs = try Ledger.openForReading(path).list()
    #expect(runs.isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
  }
}
