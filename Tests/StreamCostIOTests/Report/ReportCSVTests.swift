import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// The report CSV files: stable headers, and money that adds up exactly.
@Suite struct ReportCSVTests {
  /// Header lines as documented (summary; FOCUS 1.x column names for line items; assumptions; sizing).
  /// A snapshot written out by hand: a renamed, dropped or reordered column fails here.
  static let headerSnapshot: [String: String] = [
    "summary.csv": "scenario,architecture,category,monthly_cost,currency,row_type",
    "line_items.csv":
      "ChargeDescription,ServiceCategory,ServiceSubcategory,PricingQuantity,PricingUnit,ListUnitPrice,ListCost,"
      + "BillingCurrency,x_Scenario,x_Architecture,x_CostCategory,x_PriceRow,x_Assumption",
    "assumptions.csv": "scenario,architecture,name,value,unit,origin,uncertain,source",
    "sizing.csv": "scenario,architecture,role,instance,metric,value,unit,note",
    "run.csv": "key,value",
  ]

  /// The demo comparison: shipped telco scenario priced with the shipped book.
  static func telco() throws -> Comparison {
    let scenario = try ScenarioLoader.load(TestSupport.telcoScenario)
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    return try CostEngine(book: book).compare(scenario)
  }

  static func parsed(_ text: String, _ name: String) throws -> (header: [String], rows: [[String: String]]) {
    let records = try CSVReader.records(text, file: name)
    let header = try #require(records.first)
    for (i, record) in records.enumerated() {
      #expect(record.count == header.count, "\(name) record \(i + 1) has \(record.count) fields")
    }
    return (header, records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
  }

  static func decimal(_ text: String?) throws -> Decimal {
    let text = try #require(text)
    return try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), "'\(text)' is not a decimal")
  }

  @Test func theColumnListsMatchTheSnapshot() {
    #expect(ReportCSV.summaryColumns.joined(separator: ",") == Self.headerSnapshot["summary.csv"])
    #expect(ReportCSV.lineItemColumns.joined(separator: ",") == Self.headerSnapshot["line_items.csv"])
    #expect(ReportCSV.assumptionColumns.joined(separator: ",") == Self.headerSnapshot["assumptions.csv"])
    #expect(ReportCSV.sizingColumns.joined(separator: ",") == Self.headerSnapshot["sizing.csv"])
  }

  @Test func everyFileStartsWithItsSnapshotHeader() throws {
    let files = ReportCSV.files(try Self.telco())
    #expect(files.map(\.name) == ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv"])
    for file in files {
      let firstLine = file.contents.components(separatedBy: "\r\n").first
      #expect(firstLine == Self.headerSnapshot[file.name], "\(file.name)")
      #expect(file.contents.hasSuffix("\r\n"))
    }
  }

  /// A pivot that keeps `row_type` `category` counts each amount once: those rows add up to the totals, and every
  /// row is one or the other kind.
  @Test func rowTypeSeparatesCategoriesFromTotals() throws {
    let summary = try Self.parsed(ReportCSV.summary(try Self.telco()), "summary.csv")
    #expect(summary.rows.allSatisfy { $0["row_type"] == ($0["category"] == "total" ? "total" : "category") })
    var categories = Decimal(0)
    var totals = Decimal(0)
    for row in summary.rows {
      if row["row_type"] == "category" { categories += try Self.decimal(row["monthly_cost"]) } else { totals += try Self.decimal(row["monthly_cost"]) }
    }
    #expect(totals > 0)
    #expect(categories == totals)
    // 4 architectures × (8 categories + 1 total).
    #expect(summary.rows.filter { $0["row_type"] == "total" }.count == 4)
    #expect(summary.rows.count == 36)
  }

  /// `start` in assumptions.csv is an ISO 8601 instant, as every other time in the files.
  @Test func theSimulationStartIsAnISOInstant() throws {
    let document = try ScenarioLoader.document(TestSupport.telcoScenario)
    var sink = DiscardingSink()
    let result = try document.simulated(with: try PriceBookLoader.load(TestSupport.shippedBook), timeline: &sink)
    let rows = try Self.parsed(ReportCSV.assumptions(result.comparison), "assumptions.csv").rows
    let start = try #require(rows.first { $0["name"] == "start" })
    // The telco scenario starts at ModelDefaults.simulationStart, 1,767,225,600 s = 2026-01-01T00:00:00Z.
    #expect(start["value"] == "2026-01-01T00:00:00Z")
    #expect(start["unit"] == "ISO 8601 UTC")
  }

  @Test func eachSummaryTotalIsTheSumOfItsLineItems() throws {
    let c = try Self.telco()
    let summary = try Self.parsed(ReportCSV.summary(c), "summary.csv")
    let items = try Self.parsed(ReportCSV.lineItems(c), "line_items.csv")
    // The telco scenario compares the four architectures with default names.
    let architectures = ["kafka", "kafka-tiered", "shared-storage", "diskless"]
    #expect(Set(summary.rows.compactMap { $0["architecture"] }) == Set(architectures))
    for name in architectures {
      let totals = summary.rows.filter { $0["architecture"] == name && $0["category"] == "total" }
      try #require(totals.count == 1, "\(name) has \(totals.count) total rows")
      let total = try Self.decimal(totals[0]["monthly_cost"])
      var sum = Decimal(0)
      for item in items.rows where item["x_Architecture"] == name { sum += try Self.decimal(item["ListCost"]) }
      #expect(total == sum, "\(name): total \(total) but line items add up to \(sum)")
      #expect(total > 0)
      // And the seven category rows add up to the same total.
      var categories = Decimal(0)
      for row in summary.rows where row["architecture"] == name && row["category"] != "total" {
        categories += try Self.decimal(row["monthly_cost"])
      }
      #expect(categories == total, "\(name): categories add up to \(categories), total is \(total)")
    }
  }

  @Test func everyLineItemIsQuantityTimesUnitPriceExactly() throws {
    let items = try Self.parsed(ReportCSV.lineItems(try Self.telco()), "line_items.csv")
    #expect(!items.rows.isEmpty)
    for (i, item) in items.rows.enumerated() {
      let quantity = try Self.decimal(item["PricingQuantity"])
      let price = try Self.decimal(item["ListUnitPrice"])
      let cost = try Self.decimal(item["ListCost"])
      #expect(quantity * price == cost, "line_items.csv record \(i + 2): \(quantity) × \(price) ≠ \(cost)")
      #expect(item["BillingCurrency"] == "USD")  // book.csv currency
    }
  }

  @Test func aTieredRateGivesOneLinePerTier() throws {
    let items = try Self.parsed(ReportCSV.lineItems(try Self.telco()), "line_items.csv")
    // Every line priced by rates/s3.standard.storage uses one of the three list prices of rates.csv.
    let s3 = items.rows.filter { $0["x_PriceRow"] == "rates/s3.standard.storage" }
    #expect(!s3.isEmpty)
    #expect(Set(s3.compactMap { $0["ListUnitPrice"] }).isSubset(of: ["0.023", "0.022", "0.021"]))
    #expect(Set(s3.compactMap { $0["PricingUnit"] }) == ["GiB-Months"])
  }

  @Test func theSummaryHasEveryCategoryThenTheTotalPerArchitecture() throws {
    let summary = try Self.parsed(ReportCSV.summary(try Self.telco()), "summary.csv")
    // CostCategory's eight categories in their declared order, then `total`.
    let expected = [
      "compute", "block_storage", "object_storage", "object_requests", "cross_az_producer", "cross_az_replication",
      "cross_az_consumer", "cross_az_rebalance", "total",
    ]
    #expect(summary.rows.count == 4 * expected.count)
    for (i, row) in summary.rows.enumerated() {
      #expect(row["category"] == expected[i % expected.count])
      #expect(row["scenario"] == "telco-c360-feeds")
      #expect(row["currency"] == "USD")
    }
  }
}
