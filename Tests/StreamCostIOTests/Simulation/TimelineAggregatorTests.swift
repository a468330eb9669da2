import StreamCost
import Testing

@testable import StreamCostIO

/// TimelineAggregator: buckets of N steps per architecture — means, maxima, OR, last, sums.
struct TimelineAggregatorTests {
  /// One architecture's one-minute step, with its costs `cost` per category.
  static func record(
    step: Int, architecture: Int = 0, write: Double, needed: Int, serving: Int, objectBytes: Double, cost: [Double]
  ) -> StepRecord {
    StepRecord(
      step: step, offset: Double(step) * SimulationFixtures.minute, architecture: architecture, write: write,
      tailRead: 2 * write, catchUpRead: Double(step) * 10, needed: needed, target: needed + 1, running: serving + step % 2,
      serving: serving, objectBytes: objectBytes, localBytes: 3 * objectBytes, cost: CategoryCosts(cost))
  }

  /// Four minutes of two architectures, as the simulator sends them (step-major).
  static let records: [StepRecord] = [
    record(step: 0, architecture: 0, write: 100, needed: 3, serving: 4, objectBytes: 1_000, cost: [1, 2]),
    record(step: 0, architecture: 1, write: 100, needed: 2, serving: 2, objectBytes: 0, cost: [5]),
    record(step: 1, architecture: 0, write: 300, needed: 5, serving: 4, objectBytes: 1_100, cost: [1, 4]),
    record(step: 1, architecture: 1, write: 300, needed: 2, serving: 2, objectBytes: 0, cost: [5]),
    record(step: 2, architecture: 0, write: 200, needed: 4, serving: 4, objectBytes: 1_200, cost: [1, 6]),
    record(step: 2, architecture: 1, write: 200, needed: 2, serving: 2, objectBytes: 0, cost: [5]),
    record(step: 3, architecture: 0, write: 600, needed: 2, serving: 4, objectBytes: 1_300, cost: [1, 8]),
    record(step: 3, architecture: 1, write: 600, needed: 2, serving: 2, objectBytes: 0, cost: [5]),
  ]

  static func aggregated(_ records: [StepRecord], steps: Int, flush: Bool = true) throws -> [TimelineRow] {
    var aggregator = try TimelineAggregator(inner: CollectingSink(), steps: steps)
    for record in records { aggregator.accept(record) }
    if flush { aggregator.flush() }
    return aggregator.inner.rows
  }

  @Test func fourMinutesIntoTwoMinuteBuckets() throws {
    let rows = try Self.aggregated(Self.records, steps: 2, flush: false)
    // Two buckets per architecture, passed on as each completes, so in step-major order.
    #expect(rows.map(\.architecture) == [0, 1, 0, 1])
    #expect(rows.map(\.step) == [0, 0, 2, 2])
    #expect(rows.map(\.offset) == [0, 0, 120, 120])
    #expect(rows.map(\.steps) == [2, 2, 2, 2])

    let first = rows[0]  // architecture 0, steps 0 and 1
    #expect(first.write == 200)  // (100 + 300) ÷ 2
    #expect(first.tailRead == 400)  // (200 + 600) ÷ 2
    #expect(first.catchUpRead == 5)  // (0 + 10) ÷ 2
    #expect(first.needed == 5)  // max(3, 5)
    #expect(first.target == 6)  // max(4, 6)
    #expect(first.running == 5)  // max(4, 4 + 1)
    #expect(first.serving == 4)
    #expect(first.utilisation == 1)  // (3/4 + 5/4) ÷ 2
    #expect(first.short)  // step 1: 4 serving < 5 needed
    #expect(first.objectBytes == 1_100)  // end of the bucket
    #expect(first.localBytes == 3_300)
    #expect(first.cost == Array(CategoryCosts([2, 6])))  // (1 + 1, 2 + 4), other categories 0

    let third = rows[2]  // architecture 0, steps 2 and 3
    #expect(third.write == 400)  // (200 + 600) ÷ 2
    #expect(third.catchUpRead == 25)  // (20 + 30) ÷ 2
    #expect(third.needed == 4)
    #expect(third.utilisation == 0.75)  // (4/4 + 2/4) ÷ 2
    #expect(!third.short)
    #expect(third.objectBytes == 1_300)
    #expect(third.cost == Array(CategoryCosts([2, 14])))  // (1 + 1, 6 + 8)

    #expect(rows[1].cost == Array(CategoryCosts([10])))
    #expect(rows[3].write == 400)
  }

  @Test func theShorterLastBucketLeavesOnFlush() throws {
    let threeSteps = Array(Self.records.prefix(6))
    let unflushed = try Self.aggregated(threeSteps, steps: 2, flush: false)
    #expect(unflushed.count == 2)
    let rows = try Self.aggregated(threeSteps, steps: 2)
    #expect(rows.count == 4)
    // Step 2 alone: its own values, a one-step bucket.
    #expect(rows[2].steps == 1)
    #expect(rows[2].write == 200)
    #expect(rows[2].cost == Array(CategoryCosts([1, 6])))
    #expect(rows[3].architecture == 1)
  }

  @Test func bucketsOfOneStepPassRowsOnUnchanged() throws {
    let rows = try Self.aggregated(Self.records, steps: 1)
    #expect(rows == Self.records.map(TimelineRow.init))
  }

  @Test func aStepWithNothingServingMakesItsBucketsUtilisationInfinite() throws {
    let records = [
      Self.record(step: 0, write: 1, needed: 1, serving: 0, objectBytes: 0, cost: []),
      Self.record(step: 1, write: 1, needed: 1, serving: 1, objectBytes: 0, cost: []),
    ]
    let rows = try Self.aggregated(records, steps: 2)
    #expect(rows.count == 1)
    #expect(rows[0].utilisation == .infinity)
    #expect(rows[0].short)
  }

  @Test func bucketSizeIsValidated() throws {
    let none = try thrownInputError { () throws(InputError) in try TimelineAggregator(inner: CollectingSink(), steps: 0) }
    #expect(none.file == "--timeline-step")

    let hour = try TimelineAggregator(inner: CollectingSink(), bucket: .hours(1), step: .minutes(1))
    #expect(hour.steps == 60)
    let day = try TimelineAggregator(inner: CollectingSink(), bucket: .days(1), step: .hours(1))
    #expect(day.steps == 24)

    let ninety = try thrownInputError { () throws(InputError) in
      try TimelineAggregator(inner: CollectingSink(), bucket: TimeSpan(seconds: 90), step: .minutes(1))
    }
    #expect(ninety.description == "--timeline-step: 90s is not a whole number of the simulation's 1m steps (accepted: a whole multiple of the step: 1m, 2m, 3m, …)")
    let shorter = try thrownInputError { () throws(InputError) in
      try TimelineAggregator(inner: CollectingSink(), bucket: .minutes(30), step: .hours(1))
    }
    #expect(shorter.kind == .invalid)
  }

  @Test func feedsATimelineWriter() throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("timeline.csv")
    let writer = try TimelineCSVWriter(path: file.path, start: SimulationFixtures.newYear2026, architectures: ["kafka", "diskless"])
    var aggregator = try TimelineAggregator(inner: writer, steps: 2)
    for record in Self.records { aggregator.accept(record) }
    aggregator.flush()
    try writer.finish()
    let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n")
    #expect(lines.count == 6)  // header, 4 buckets, the empty text after the last CRLF
    #expect(lines[3].hasPrefix("2026-01-01T00:02:00Z,kafka,400,800,25,4,5,5,4,0.75,false,1300,3900,2,14,"))
  }
}
