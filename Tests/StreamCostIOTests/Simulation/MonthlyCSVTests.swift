import Foundation
import StreamCost
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// monthly.csv from a hand-built result: exact costs, every category, a total that adds up.
struct MonthlyCSVTests {
  typealias F = SimulationFixtures

  /// Month 1: 730 h + 10 h of c7g.large at 0.0725 = 52.925 + 0.725 = 53.65 compute; 1 000 GB of
  /// producer transfer at 0.01 = 10. Total 63.65. Month 2: compute 730 h only, 52.925.
  static let months = [
    SimulationResult.Month(
      index: 0, offset: 0, start: F.newYear2026, hours: 730, billedHours: 730,
      results: [
        F.architecture(
          "kafka",
          [
            F.line(.compute, "730", .hours, "0.0725"), F.line(.crossAZProducer, "1000", .gb, "0.01"),
            F.line(.compute, "10", .hours, "0.0725"),
          ])
      ]),
    SimulationResult.Month(
      index: 1, offset: 2_628_000, start: F.newYear2026 + 2_628_000, hours: 730, billedHours: 730,
      results: [F.architecture("kafka", [F.line(.compute, "730", .hours, "0.0725")])]),
  ]

  @Test func rowsForEveryMonthArchitectureAndCategoryThenATotal() throws {
    let text = MonthlyCSV.document(F.result(months: Self.months), scenario: "growth", currency: "USD")
    let lines = text.components(separatedBy: "\r\n")
    let perMonth = CostCategory.allCases.count + 1
    #expect(lines.count == 1 + 2 * perMonth + 1)  // header, rows, empty text after the last CRLF
    #expect(lines[0] == "scenario,month,month_start,billed_hours,architecture,category,cost,currency,row_type")
    // Month 2 starts 730 h = 30 d 10 h after 2026-01-01T00:00:00Z (GNU date: 2026-01-31T10:00:00Z).
    let expectedFirstMonth = [
      "growth,1,2026-01-01T00:00:00Z,730,kafka,compute,53.65,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,block_storage,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,object_storage,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,object_requests,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,cross_az_producer,10,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,cross_az_replication,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,cross_az_consumer,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,cross_az_rebalance,0,USD,category",
      "growth,1,2026-01-01T00:00:00Z,730,kafka,total,63.65,USD,total",
    ]
    #expect(CostCategory.allCases.count == expectedFirstMonth.count - 1, "update the rows when a category is added")
    #expect(Array(lines[1...perMonth]) == expectedFirstMonth)
    #expect(lines[perMonth + 1] == "growth,2,2026-01-31T10:00:00Z,730,kafka,compute,52.925,USD,category")
    #expect(lines[2 * perMonth] == "growth,2,2026-01-31T10:00:00Z,730,kafka,total,52.925,USD,total")
  }

  @Test func categoryRowsAddUpExactlyToTheTotal() throws {
    // Prices with many decimals: the sum must still match to the last digit.
    let month = SimulationResult.Month(
      index: 0, offset: 0, start: F.newYear2026, hours: 730, billedHours: 744,
      results: [
        F.architecture(
          "diskless",
          [
            F.line(.objectStorage, "123.456789", .gbMonths, "0.023"), F.line(.objectRequests, "0.333333", .thousandRequests, "0.0004"),
            F.line(.compute, "744", .hours, "0.1445"),
          ])
      ])
    let text = MonthlyCSV.document(F.result(months: [month]), scenario: "s", currency: "USD")
    let records = try CSVReader.records(text, file: "monthly.csv")
    var sum = Decimal(0)
    var total: Decimal?
    for record in records.dropFirst() {
      let cost = F.decimal(record[6])
      if record[5] == MonthlyCSV.totalCategory { total = cost } else { sum += cost }
      // 730 h of a 744-hour calendar month are simulated: those are the hours billed (issue 15, item 8).
      #expect(record[3] == "730")
    }
    // 123.456789 × 0.023 + 0.333333 × 0.0004 + 744 × 0.1445 = 2.839506147 + 0.0001333332 + 107.508
    #expect(total == F.decimal("110.3476394802"))
    #expect(sum == total)
  }

  /// A 720-hour horizon under the 730-hour convention bills 720 hours of its one month, not 730
  /// (issue 15, item 8): the simulation's month records 720 h simulated of a 730-hour month.
  @Test func aShortHorizonBillsTheHoursItCovers() throws {
    let scenario = Scenario(
      name: "short", pricing: PricingReference(provider: "aws", region: "us-east-1"),
      feeds: [Feed(name: "f", write: .mbps(10), partitions: 12)],
      architectures: [ArchitectureSpec(config: .diskless(DisklessConfig(instance: .named("c7g.large"))))],
      time: TimeSettings(horizon: .hours(720), step: .hours(1)))
    var sink = DiscardingSink()
    let result = try Simulator(book: try PriceBookLoader.load(TestSupport.shippedBook), parallel: false).run(scenario, timeline: &sink)
    #expect(result.months.map(\.hours) == [720] && result.months.map(\.billedHours) == [730])
    let records = try CSVReader.records(MonthlyCSV.document(result, scenario: "short", currency: "USD"), file: "monthly.csv")
    #expect(records.dropFirst().allSatisfy { $0[3] == "720" })
  }
}
