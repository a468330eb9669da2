import Foundation
import StreamCost
import StreamCostIO
import Testing

/// The run ledger as a user meets it: `compare` records, `runs` reads back, and the file
/// survives concurrent writers, a killed writer and a wrong path.
@Suite(.serialized)
struct LedgerEndToEndTests {
  static func freshLedger() throws -> String {
    try CLIHarness.temporaryDirectory().appendingPathComponent("runs.sqlite").path
  }

  /// A measured series is an input like the scenario text: the ledger keeps the file with the run,
  /// and `runs show` names it with its SHA-256, so an edited export shows as a different input.
  @Test func aRunKeepsTheMeasuredSeriesItRead() throws {
    let folder = try CLIHarness.temporaryDirectory()
    let series = folder.appendingPathComponent("load.csv")
    let text = "timestamp,bytes_per_second\n"
      + (0..<24).map { "2026-01-01T\(String(format: "%02d", $0)):00:00Z,\(40_000_000 + 1_000_000 * $0)" }.joined(separator: "\n") + "\n"
    try text.write(to: series, atomically: true, encoding: .utf8)
    let scenario = folder.appendingPathComponent("series-run.yaml")
    try """
      version: 1
      name: series-run
      pricing: aws/us-east-1
      horizon: 24h
      step: 1h
      feeds:
        - name: events
          fan_out: 1
          retention: 1d
          partitions: 12
          profile:
            - series: {file: load.csv}
      architectures:
        - type: shared-storage
      """.write(to: scenario, atomically: true, encoding: .utf8)
    let ledger = try Self.freshLedger()
    let compared = try CLIHarness.run(["compare", scenario.path, "--ledger", ledger])
    #expect(compared.status == 0, "\(compared.stderr)")
    let shown = try CLIHarness.run(["runs", "show", "1", "--ledger", ledger])
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("measured series \(series.path) (sha256 \(Fingerprint.sha256(text).prefix(12)))\n"))
    let stored = try Ledger.open(ledger).run(1)
    #expect(stored.series == [RecordedFile(path: series.path, text: text)])
  }

  @Test func compareRecordsAndRunsShowRebuildsTheSameFiles() throws {
    let ledger = try Self.freshLedger()
    let out = try CLIHarness.temporaryDirectory()
    let compared = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--out", out.path])
    #expect(compared.status == 0)
    #expect(compared.stderr == "streamcost: recorded run 1 in \(ledger)\n")
    let again = try CLIHarness.temporaryDirectory()
    let shown = try CLIHarness.run(["runs", "show", "1", "--ledger", ledger, "--out", again.path])
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("telco-c360-feeds"))
    // focus.csv comes back too: the stored scenario, simulated again, reproduces the recorded run.
    for name in CLIHarness.reportFiles + ["focus.csv"] {
      let a = try Data(contentsOf: out.appendingPathComponent(name))
      let b = try Data(contentsOf: again.appendingPathComponent(name))
      #expect(a == b, "\(name) rebuilt from the ledger differs")
    }
    let list = try CLIHarness.run(["runs", "list", "--ledger", ledger])
    #expect(list.stdout.hasPrefix("id\trecorded_at\tscenario\tprice_book\ttotals\n1\t"))
    // The listed total is summary.csv's kafka total, rounded to whole dollars.
    let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    let total = try #require(summary.split(separator: "\r\n").first { $0.hasPrefix("telco-c360-feeds,kafka,total,") }?.split(separator: ",")[3])
    #expect(list.stdout.contains("kafka \(Format.grouped(ExactDecimal.parse(String(total))!, places: 0))"))
  }

  @Test func noLedgerRecordsNothing() throws {
    let ledger = try Self.freshLedger()
    let result = try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--ledger", ledger, "--no-ledger"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(!FileManager.default.fileExists(atPath: ledger))
  }

  /// Four processes record into one new ledger at the same moment, three times over: the first
  /// to arrive creates and migrates the file while the others wait or retry (the busy timeout for
  /// writes; a retry for SQLite's immediate BUSY on switching a new file to WAL and for a migration
  /// another process already applied), so all four runs are there every time, numbered 1 to 4.
  @Test(arguments: 1...3) func concurrentComparesAreAllRecorded(round: Int) throws {
    let ledger = try Self.freshLedger()
    let processes = (0..<4).map { _ in
      CLIHarness.makeProcess(["compare", "scenarios/social-streams.yaml", "--ledger", ledger, "--format", "csv"])
    }
    let errors = processes.map { p -> Pipe in
      let pipe = Pipe()
      p.standardOutput = FileHandle.nullDevice
      p.standardError = pipe
      return pipe
    }
    for p in processes { try p.run() }
    let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
    processes.forEach { $0.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0], "round \(round): \(messages)")
    let list = try CLIHarness.run(["runs", "list", "--ledger", ledger, "--format", "csv"])
    let ids = Set(list.stdout.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
    #expect(ids == ["1", "2", "3", "4"])
  }

  /// A writer killed with SIGKILL inside its transaction leaves no trace: the ledger opens cleanly,
  /// holds no partial run, and the next run is recorded normally.
  @Test func aWriterKilledMidRecordLeavesNoPartialRun() throws {
    let ledger = try Self.freshLedger()
    _ = try CLIHarness.run(["runs", "list", "--ledger", ledger])  // creates and migrates the file
    let marker = try CLIHarness.temporaryDirectory().appendingPathComponent("holding").path
    let writer = CLIHarness.makeProcess(
      ["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--format", "csv"],
      environment: [Ledger.holdTransactionVariable: marker])
    writer.standardOutput = FileHandle.nullDevice
    writer.standardError = FileHandle.nullDevice
    try writer.run()
    let deadline = Date().addingTimeInterval(30)
    while !FileManager.default.fileExists(atPath: marker) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(FileManager.default.fileExists(atPath: marker), "the writer never reached its transaction")
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    #expect(writer.terminationReason == .uncaughtSignal)
    let list = try CLIHarness.run(["runs", "list", "--ledger", ledger])
    #expect(list.status == 0)
    #expect(list.stdout == "no runs recorded yet\n")
    let next = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--format", "csv"])
    #expect(next.stderr == "streamcost: recorded run 1 in \(ledger)\n")
  }

  @Test func aNonSQLiteLedgerIsRefusedUntouchedAndNothingIsWritten() throws {
    let folder = try CLIHarness.temporaryDirectory()
    let path = folder.appendingPathComponent("budget.csv").path
    try "month,amount\r\n2026-01,12\r\n".write(toFile: path, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", path, "--out", out.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(path): not a StreamCost ledger"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "month,amount\r\n2026-01,12\r\n")
    #expect(CLIHarness.contents(of: folder) == ["budget.csv"])
  }

  @Test func showingAnUnknownRunIsAClearError() throws {
    let ledger = try Self.freshLedger()
    _ = try CLIHarness.run(["compare", "scenarios/retail-context.yaml", "--ledger", ledger, "--format", "csv"])
    let result = try CLIHarness.run(["runs", "show", "7", "--ledger", ledger])
    #expect(result.status == 65)
    #expect(result.stderr == "streamcost: error: \(ledger): no run 7 (runs are numbered 1 to 1; see `streamcost runs list`)\n")
  }

  /// Runs of different scenarios have different architectures: the diff lists them, it does not crash.
  @Test func diffOfRunsWithDifferentArchitectures() throws {
    let ledger = try Self.freshLedger()
    _ = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--format", "csv"])
    _ = try CLIHarness.run(["compare", "scenarios/social-streams.yaml", "--ledger", ledger, "--format", "csv"])
    let result = try CLIHarness.run(["runs", "diff", "1", "2", "--ledger", ledger])
    #expect(result.status == 0)
    #expect(result.stdout.contains("architecture 'shared-storage-zr' is only in run 2"))
    #expect(result.stdout.contains("name: telco-c360-feeds → social-streams"))
  }

  /// A price edit between two runs of one scenario: the diff shows the cost that moved and the row that caused it.
  /// S3 PUT $0.005 → $0.0055 per 1,000 is +10 %; only object_requests (and totals) move, and kafka-tiered's
  /// delta is its segment-upload quantity (thousands of PUTs, from the first run's line_items.csv) × $0.0005.
  @Test func diffExplainsAPriceChange() throws {
    let ledger = try Self.freshLedger()
    let book = try CLIHarness.bookCopy(editing: "rates.csv") { lines in
      lines = lines.map { $0.hasPrefix("s3.standard.put,") ? $0.replacingOccurrences(of: ",0.005,", with: ",0.0055,") : $0 }
    }
    let out = try CLIHarness.temporaryDirectory()
    _ = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--format", "csv", "--out", out.path])
    _ = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--ledger", ledger, "--format", "csv", "--pricing", book.path])
    let items = try CSVReader.records(String(contentsOf: out.appendingPathComponent("line_items.csv"), encoding: .utf8), file: "line_items.csv")
    let uploads = try #require(items.first { $0[0] == "Segment uploads (PUT)" && $0[9] == "kafka-tiered" })
    let delta = ExactDecimal.plain(ExactDecimal.parse(uploads[3])! * ExactDecimal.parse("0.0005")!)
    let result = try CLIHarness.run(["runs", "diff", "1", "2", "--ledger", ledger, "--format", "csv"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\r\n").map(String.init)
    let moved = rows.filter { $0.hasPrefix("cost,") }.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
      .filter { $0[5] != "0" }.map { "\($0[1]) \($0[2]) \($0[5])" }
    #expect(moved.count == 6)
    #expect(moved.allSatisfy { $0.contains(" object_requests ") || $0.contains(" total ") }, "\(moved)")
    #expect(moved.contains("kafka-tiered object_requests \(delta)"))
    #expect(moved.contains("kafka-tiered total \(delta)"))
    #expect(rows.contains { $0.hasPrefix("price,,rates/s3.standard.put price,0.005,0.0055,,0.1") })
    // relative_change keeps six significant digits (it used to print Decimal's 38).
    let ratios = rows.filter { $0.hasPrefix("cost,") }.map { String($0.split(separator: ",", omittingEmptySubsequences: false)[6]) }
    #expect(ratios.contains { !$0.isEmpty })
    for ratio in ratios where !ratio.isEmpty {
      let digits = ratio.filter(\.isNumber).drop { $0 == "0" }
      #expect(digits.count <= 6, "\(ratio) has more than six significant digits")
    }
    #expect(!rows.contains { $0.hasPrefix("scenario,") })
  }
}
