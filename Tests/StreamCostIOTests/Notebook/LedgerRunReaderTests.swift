import Foundation
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// A ledger run exported: the stored scenario is simulated again and its simulation files kept
/// only when that reproduces the recorded comparison; otherwise the notebook says why they are missing.
@Suite(.serialized) struct LedgerRunReaderTests {
  /// The social-streams scenario simulated and recorded in a fresh ledger, read back as the CLI would.
  static func storedRun(editing change: (String) -> String = { $0 }) throws -> StoredRun {
    let path = TestSupport.packageRoot.appendingPathComponent("scenarios/social-streams.yaml").path
    let text = try TextFile.read(path)
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    var sink = DiscardingSink()
    let result = try ScenarioLoader.document(path).simulated(with: book, timeline: &sink)
    let ledger = try Ledger.open(try TestSupport.temporaryDirectory().appendingPathComponent("runs.sqlite").path)
    let id = try ledger.record(
      RunRecord(
        recordedAt: "2026-11-30T12:00:00Z", toolVersion: "0.1.0", scenarioFile: path, scenarioText: change(text),
        priceBookPath: book.info.location, book: book, comparison: result.comparison, events: result.events))
    return try ledger.run(id)
  }

  @Test func aReproducibleRunExportsItsSimulationWithAnHourlyTimeline() throws {
    let stored = try Self.storedRun()
    let scratch = try TestSupport.temporaryDirectory()
    let (run, files) = LedgerRunReader.read(stored, scratch: scratch.path)
    #expect(run.hasSimulation && run.missingSimulationReason == nil)
    #expect(run.scenario == "social-streams")
    #expect(run.priceBookVersion == "2026-07-20")
    #expect(run.origin.hasPrefix("run 1 of the ledger, recorded 2026-11-30T12:00:00Z by streamcost 0.1.0 from `"))
    #expect(
      files.map(\.name) == [
        "summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv", "scaling_events.csv", "monthly.csv", "timeline.csv",
      ])
    #expect(files.last == .copy(name: "timeline.csv", from: scratch.appendingPathComponent("timeline.csv").path))
    // Hourly rows: successive times of one architecture are an hour apart.
    let timeline = try String(contentsOf: scratch.appendingPathComponent("timeline.csv"), encoding: .utf8)
    let records = try CSVReader.records(timeline, file: "timeline.csv")
    let first = try #require(records.dropFirst().first?[1])
    let times = records.dropFirst().filter { $0[1] == first }.prefix(2).compactMap { ISOTimestamp.parse($0[0]) }
    #expect(times.count == 2 && times[1] - times[0] == 3_600)
  }

  @Test func aScenarioThatNoLongerGivesTheRecordedFiguresKeepsTheRecordedComparisonOnly() throws {
    // The stored text doubles the first feed's rate, so simulating it again gives other figures than the recorded ones.
    let stored = try Self.storedRun { $0.replacingOccurrences(of: "    write: 26 MB/s", with: "    write: 52 MB/s") }
    let (run, files) = LedgerRunReader.read(stored, scratch: try TestSupport.temporaryDirectory().path)
    #expect(!run.hasSimulation)
    #expect(run.missingSimulationReason?.contains("no longer gives the recorded figures") == true)
    #expect(files.map(\.name) == ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv"])
    #expect(files.first == .text(name: "summary.csv", contents: ReportCSV.summary(stored.comparison)))
  }

  @Test func aScenarioThatCannotBeReadAgainSaysWhy() throws {
    let stored = try Self.storedRun { _ in "version: 1\n" }
    let scratch = try TestSupport.temporaryDirectory()
    let (run, _) = LedgerRunReader.read(stored, scratch: scratch.path)
    #expect(!run.hasSimulation)
    #expect(run.missingSimulationReason?.contains("could not be simulated again here") == true)
    #expect(TestSupport.contents(of: scratch) == [])
  }
}
