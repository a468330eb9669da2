import Foundation
import Testing

@testable import StreamCostIO

/// Reading a `compare --out` folder for export: what it finds in a good folder, and each bad
/// folder named by file, record and column. The good folder is a copy of the committed telco
/// example (`notebooks-export/telco-c360-feeds`, written by `compare --out --timeline-step 1h`).
@Suite struct RunFolderReaderTests {
  static func example() throws -> URL {
    let copy = try TestSupport.temporaryDirectory().appendingPathComponent("out")
    try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("notebooks-export/telco-c360-feeds"), to: copy)
    try FileManager.default.removeItem(at: copy.appendingPathComponent("telco-c360-feeds.ipynb"))
    return copy
  }

  /// Replaces the line that starts with `prefix` in `file` (CRLF lines).
  static func edit(_ folder: URL, _ file: String, replacing prefix: String, with line: String) throws {
    let url = folder.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix(prefix) }, "\(file) has no line starting \(prefix)")
    lines[index] = line
    try lines.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func aCompareFolderGivesTheRunAndEveryFile() throws {
    let folder = try Self.example()
    let (run, files) = try RunFolderReader.read(folder.path)
    #expect(run.scenario == "telco-c360-feeds")
    #expect(run.priceBook == "aws/us-east-1@2026-07-20")
    #expect(run.priceBookVersion == "2026-07-20")
    #expect(run.currency == "USD")
    #expect(run.month == "730h")
    #expect(run.basis == "simulated: 8760 steps of 5m")
    #expect(run.periodStart == "2026-01-01T00:00:00Z")
    #expect(run.months == 1)
    #expect(run.architectures == ["kafka", "kafka-tiered", "shared-storage", "diskless"])
    #expect(run.hasSimulation && run.missingSimulationReason == nil)
    #expect(run.assumptions.first == ["", "month", "730h", "hours per month", "scenario", "false", "docs/model.md §0.2 (730 h, AWS calculator); calendar as an option"])
    #expect(
      files.map(\.name) == [
        "summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv", "monthly.csv", "scaling_events.csv", "timeline.csv",
      ])
    #expect(files.first == .copy(name: "summary.csv", from: folder.appendingPathComponent("summary.csv").path))
  }

  @Test func aFolderFromRunsShowExportsWithoutTheSimulationCharts() throws {
    let folder = try Self.example()
    for name in RunFolderReader.simulationFiles { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    let (run, files) = try RunFolderReader.read(folder.path)
    #expect(!run.hasSimulation)
    #expect(run.missingSimulationReason?.hasPrefix("the folder has no `monthly.csv`, `timeline.csv` or `scaling_events.csv`") == true)
    #expect(run.periodStart == nil && run.months == nil)
    #expect(files.map(\.name) == ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv"])
  }

  @Test func aFolderWithoutRunCSVStillExportsWithTheScenariosPricingReference() throws {
    let folder = try Self.example()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("run.csv"))
    let (run, files) = try RunFolderReader.read(folder.path)
    #expect(run.priceBook == "aws/us-east-1")  // assumptions.csv's `pricing` row
    #expect(run.priceBookVersion == nil)
    #expect(run.basis == nil)
    #expect(!files.map(\.name).contains("run.csv"))
  }

  @Test func aMissingFolderIsUnreadable() throws {
    let missing = try TestSupport.temporaryDirectory().appendingPathComponent("nope").path
    let error = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(missing) }
    #expect(error.description == "\(missing): no such folder (accepted: a folder written by `streamcost compare --out`)")
    #expect(error.kind == .unreadable)
  }

  @Test func aFileInsteadOfAFolderIsUnreadable() throws {
    let file = try Self.example().appendingPathComponent("summary.csv").path
    let error = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(file) }
    #expect(error.message == "is a file, not a folder")
    #expect(error.kind == .unreadable)
  }

  @Test func everyMissingReportFileIsNamed() throws {
    let folder = try Self.example()
    for name in ["summary.csv", "sizing.csv"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    let errors = inputErrors { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(errors.map(\.file) == [folder.appendingPathComponent("summary.csv").path, folder.appendingPathComponent("sizing.csv").path])
    #expect(errors.allSatisfy { $0.message == "no such file" && $0.kind == .unreadable })
  }

  @Test func oneSimulationFileWithoutTheOthersIsAnError() throws {
    let folder = try Self.example()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("timeline.csv"))
    let error = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(error.file == folder.appendingPathComponent("timeline.csv").path)
    #expect(error.message == "no such file, though the folder has monthly.csv and scaling_events.csv")
  }

  @Test func aMalformedSummaryNamesRecordAndColumn() throws {
    let folder = try Self.example()
    // Record 2 is kafka's compute row; record 3 its block storage row.
    try Self.edit(folder, "summary.csv", replacing: "telco-c360-feeds,kafka,compute,", with: "telco-c360-feeds,kafka,compute,lots,USD,category")
    try Self.edit(folder, "summary.csv", replacing: "telco-c360-feeds,kafka,block_storage,", with: "telco-c360-feeds,kafka,disks,1,USD,category")
    let errors = inputErrors { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    let path = folder.appendingPathComponent("summary.csv").path
    #expect(
      errors.map(\.description) == [
        "\(path):2: column monthly_cost: 'lots' is not a number (accepted: a plain decimal such as 0.023)",
        "\(path):3: column category: unknown category 'disks' (accepted: compute, block_storage, object_storage, object_requests, "
          + "cross_az_producer, cross_az_replication, cross_az_consumer, cross_az_rebalance, total)",
      ])
    #expect(errors.allSatisfy { $0.kind == .invalid })
  }

  @Test func aSummaryWithAMissingColumnOrAShortRowIsInvalid() throws {
    let folder = try Self.example()
    try Self.edit(folder, "summary.csv", replacing: "scenario,", with: "scenario,architecture,category,cost,currency,row_type")
    try Self.edit(folder, "summary.csv", replacing: "telco-c360-feeds,kafka,compute,", with: "telco-c360-feeds,kafka")
    let path = folder.appendingPathComponent("summary.csv").path
    let errors = inputErrors { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(
      errors.map(\.description) == [
        "\(path):1: header lacks column(s) monthly_cost (accepted: columns scenario,architecture,category,monthly_cost,currency)",
        "\(path):2: has 2 fields but the header has 6 (accepted: one field per header column; quote fields that contain commas)",
      ])
  }

  @Test func anUnterminatedQuoteIsReportedWithItsRecord() throws {
    let folder = try Self.example()
    try Self.edit(folder, "assumptions.csv", replacing: "telco-c360-feeds,,month,", with: "telco-c360-feeds,,\"month,730h")
    let error = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(error.file == folder.appendingPathComponent("assumptions.csv").path)
    #expect(error.message.hasPrefix("malformed CSV"))
  }

  @Test func badMonthsAndEventsAreNamed() throws {
    let folder = try Self.example()
    try Self.edit(folder, "monthly.csv", replacing: "telco-c360-feeds,1,", with: "telco-c360-feeds,1,January,730,kafka,compute,1,USD,category")
    try Self.edit(
      folder, "scaling_events.csv", replacing: "2026-", with: "2026-01-01T00:05:00Z,kafka-nvme,scale-out,-1,4,0,180,0,0,USD,0")
    let errors = inputErrors { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    let monthly = folder.appendingPathComponent("monthly.csv").path
    let events = folder.appendingPathComponent("scaling_events.csv").path
    #expect(
      errors.map(\.description) == [
        "\(monthly):2: column month_start: 'January' is not an instant (accepted: \(ISOTimestamp.accepted))",
        "\(events):2: column before: '-1' is not a broker count (accepted: a whole number, 0 or more)",
        "\(events):2: column architecture: 'kafka-nvme' is not in summary.csv (accepted: kafka, kafka-tiered, shared-storage, diskless)",
      ])
  }

  @Test func aTimelineWithoutItsColumnsIsInvalid() throws {
    let folder = try Self.example()
    try "time,architecture\r\n".write(to: folder.appendingPathComponent("timeline.csv"), atomically: true, encoding: .utf8)
    let error = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(error.line == 1)
    #expect(error.message.hasPrefix("header lacks column(s) write_bytes_per_s, tail_read_bytes_per_s"))
    try "".write(to: folder.appendingPathComponent("timeline.csv"), atomically: true, encoding: .utf8)
    let empty = try singleInputError { () throws(InputErrors) in try RunFolderReader.read(folder.path) }
    #expect(empty.message == "has no complete header line")
  }
}
