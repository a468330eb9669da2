import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// TimelineCSVWriter: the documented header, exact rows, and a file that appears only on finish.
struct TimelineCSVWriterTests {
  /// The header written out by hand from the type's documentation: a renamed, dropped or
  /// reordered column fails here. Costs follow CostCategory's report order.
  static let header =
    "time,architecture,write_bytes_per_s,tail_read_bytes_per_s,catch_up_bytes_per_s,needed,target,running,serving,"
    + "utilisation,short,object_bytes,local_bytes,cost_compute,cost_block_storage,cost_object_storage,"
    + "cost_object_requests,cost_cross_az_producer,cost_cross_az_replication,cost_cross_az_consumer,"
    + "cost_cross_az_rebalance,cost_total"

  /// Costs of 0.125, 0.25, … per category: binary fractions, so their printed forms are exact.
  static let costs = CostCategory.allCases.indices.map { Double($0 + 1) * 0.125 }
  static let costTexts = ["0.125", "0.25", "0.375", "0.5", "0.625", "0.75", "0.875", "1"]

  /// Step 60 of a one-minute grid: offset 3 600 s, an hour after the start.
  static let record = StepRecord(
    step: 60, offset: 3_600, architecture: 1, write: 104_857_600, tailRead: 209_715_200, catchUpRead: 0.5, needed: 5,
    target: 6, running: 7, serving: 4, objectBytes: 1.5e12, localBytes: 0, cost: CategoryCosts(costs))

  static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  @Test func theColumnsMatchTheSnapshot() {
    #expect(CostCategory.allCases.count == Self.costTexts.count, "update the snapshot when a category is added")
    #expect(TimelineCSVWriter.columns.joined(separator: ",") == Self.header)
  }

  @Test func writesTheHeaderAndAHandBuiltRow() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    let writer = try TimelineCSVWriter(path: file.path, start: SimulationFixtures.newYear2026, architectures: ["kafka", "shared-storage"])
    writer.accept(Self.record)
    try writer.finish()
    // time: 1767225600 (2026-01-01T00:00:00Z) + 3600 s. utilisation 5 ÷ 4 = 1.25, short as 4 < 5.
    // Costs total 0.125 × (1 + … + 8) = 4.5.
    let row =
      "2026-01-01T01:00:00Z,shared-storage,104857600,209715200,0.5,5,6,7,4,1.25,true,1500000000000,0,"
      + Self.costTexts.joined(separator: ",") + ",4.5"
    #expect(try Self.text(file) == Self.header + "\r\n" + row + "\r\n")
    #expect(writer.rows == 1)
  }

  @Test func namesAreQuotedAndNeutralisedAndNothingServingLeavesUtilisationEmpty() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    let writer = try TimelineCSVWriter(path: file.path, start: SimulationFixtures.newYear2026, architectures: ["-kafka, tiered"])
    var record = Self.record
    record.architecture = 0
    record.offset = 0
    record.serving = 0
    record.cost = CategoryCosts([2])  // a short cost list: the missing categories are 0
    writer.accept(TimelineRow(record))
    try writer.finish()
    let zeros = Array(repeating: "0", count: CostCategory.allCases.count - 1).joined(separator: ",")
    // CSVWriter: leading '-' gets a quote mark, the comma makes libcsv quote the field.
    let row = "2026-01-01T00:00:00Z,\"'-kafka, tiered\",104857600,209715200,0.5,5,6,7,0,,true,1500000000000,0,2,\(zeros),2"
    #expect(try Self.text(file).components(separatedBy: "\r\n")[1] == row)
  }

  @Test func noTemporaryFileIsLeftAfterFinish() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    let writer = try TimelineCSVWriter(path: file.path, start: 0, architectures: ["kafka"])
    // Before finish only the hidden temporary file exists.
    #expect(TestSupport.contents(of: folder) == [(writer.temporaryPath as NSString).lastPathComponent])
    #expect((writer.temporaryPath as NSString).lastPathComponent.hasPrefix(".timeline.csv."))
    writer.accept(Self.record)
    try writer.finish()
    #expect(TestSupport.contents(of: folder) == ["timeline.csv"])
  }

  @Test func abandonLeavesNothing() throws {
    let root = try TestSupport.temporaryDirectory()
    let folder = root.appendingPathComponent("out/run")  // two levels the writer creates
    let writer = try TimelineCSVWriter(path: folder.appendingPathComponent("timeline.csv").path, start: 0, architectures: ["kafka"])
    writer.accept(Self.record)
    writer.abandon()
    // The temporary file and the folders it created are gone.
    #expect(TestSupport.contents(of: root) == [])
  }

  @Test func aWriterDroppedUnfinishedLeavesNothing() throws {
    let folder = try TestSupport.temporaryDirectory()
    do {
      let writer = try TimelineCSVWriter(path: folder.appendingPathComponent("timeline.csv").path, start: 0, architectures: [])
      writer.accept(Self.record)
    }
    #expect(TestSupport.contents(of: folder) == [])
  }

  @Test func anExistingFileIsReplacedOnlyOnFinish() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    try Data("old\r\n".utf8).write(to: file)
    let writer = try TimelineCSVWriter(path: file.path, start: 0, architectures: ["kafka"])
    writer.accept(Self.record)
    try writer.close()
    #expect(try Self.text(file) == "old\r\n")
    try writer.finish()
    #expect(try Self.text(file).hasPrefix("time,"))
    #expect(TestSupport.contents(of: folder) == ["timeline.csv"])
  }

  @Test func manyRowsCrossTheBufferWhole() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    let writer = try TimelineCSVWriter(path: file.path, start: SimulationFixtures.newYear2026, architectures: ["a", "b"])
    // 5 000 steps × 2 architectures of ~150 bytes: about 1.5 MB, many 64 KiB blocks.
    let steps = 5_000
    for step in 0..<steps {
      for a in 0..<2 {
        var record = Self.record
        record.step = step
        record.offset = Double(step) * SimulationFixtures.minute
        record.architecture = a
        writer.accept(record)
      }
    }
    try writer.finish()
    let lines = try Self.text(file).components(separatedBy: "\r\n")
    #expect(lines.count == 1 + 2 * steps + 1)  // header, rows, and the empty text after the last CRLF
    #expect(lines.last == "")
    // Step 4 999 starts 4 999 min = 3 d 11 h 19 min after midnight on 1 January.
    #expect(lines[2 * steps].hasPrefix("2026-01-04T11:19:00Z,b,104857600,"))
    #expect(writer.rows == 2 * steps)
  }

  @Test func aFolderUnderARegularFileIsUnwritable() throws {
    let root = try TestSupport.temporaryDirectory()
    let blocker = root.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let e = try thrownInputError { () throws(InputError) in
      try TimelineCSVWriter(path: blocker.appendingPathComponent("timeline.csv").path, start: 0, architectures: [])
    }
    #expect(e.kind == .unwritable)
    #expect(e.message.hasPrefix("cannot create the output folder"))
    #expect(TestSupport.contents(of: root) == ["file"])
  }
}
