import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// `focus.csv`: the FOCUS 1.0 header, a row checked field by field, and money that adds up to monthly.csv.
@Suite struct FocusCSVTests {
  static func charge() throws -> FocusCharge {
    let line = CostLine(
      description: "Kafka brokers (c7g.large)", category: .compute, serviceCategory: "Compute", serviceSubcategory: "Virtual Machines",
      quantity: 1_460, unit: .hours, unitPrice: Decimal(string: "0.0725")!, priceRow: "instances/c7g.large", assumption: "2 × 730 h")
    return FocusCharge(
      scenario: "telco", architecture: "kafka", month: 1, billingPeriodStart: 1_767_225_600, billingPeriodEnd: 1_769_853_600,
      chargePeriodStart: 1_767_225_600, chargePeriodEnd: 1_769_853_600, line: line, resource: .brokers, skuID: "c7g.large",
      skuPriceID: "instances/c7g.large", serviceName: "Amazon Elastic Compute Cloud", currency: "USD", region: "us-east-1",
      billing: BookBilling(
        provider: "Amazon Web Services", publisher: "Amazon Web Services", invoiceIssuer: "Amazon Web Services, Inc.",
        regionName: "US East (N. Virginia)"))
  }

  @Test func oneChargeIsOneRowUnderTheFocusHeader() throws {
    let records = try CSVReader.records(FocusCSV.document([try Self.charge()]), file: "focus.csv")
    #expect(records.count == 2)
    let row = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
    #expect(records[0].count == 53 && row.count == 53, "53 distinct columns: 43 of FOCUS 1.0, 5 validator aliases, 5 x_")
    // 1,460 h × 0.0725 USD = 105.85 USD; whole quantities keep a decimal point (1460.0).
    let expected: [String: String] = [
      "AvailabilityZone": "", "BilledCost": "105.85", "BillingAccountId": "telco", "BillingAccountName": "telco",
      "BillingCurrency": "USD", "BillingPeriodStart": "2026-01-01T00:00:00Z", "BillingPeriodEnd": "2026-01-31T10:00:00Z",
      "ChargeCategory": "Usage", "ChargeClass": "", "ChargeDescription": "Kafka brokers (c7g.large)",
      "ChargeFrequency": "Usage-Based", "ChargePeriodStart": "2026-01-01T00:00:00Z", "ChargePeriodEnd": "2026-01-31T10:00:00Z",
      "CommitmentDiscountCategory": "", "CommitmentDiscountId": "", "CommitmentDiscountName": "", "CommitmentDiscountStatus": "",
      "CommitmentDiscountType": "", "ConsumedQuantity": "1460.0", "ConsumedUnit": "Hours", "ContractedCost": "105.85",
      "ContractedUnitPrice": "0.0725", "EffectiveCost": "105.85", "InvoiceIssuerName": "Amazon Web Services, Inc.",
      "ListCost": "105.85", "ListUnitPrice": "0.0725", "PricingCategory": "Standard", "PricingQuantity": "1460.0",
      "PricingUnit": "Hours", "ProviderName": "Amazon Web Services", "PublisherName": "Amazon Web Services", "RegionId": "us-east-1",
      "RegionName": "US East (N. Virginia)", "ResourceId": "telco/kafka/brokers", "ResourceName": "kafka brokers",
      "ResourceType": "Kafka broker", "ServiceCategory": "Compute", "ServiceName": "Amazon Elastic Compute Cloud",
      "SkuId": "c7g.large", "SkuPriceId": "instances/c7g.large", "SubAccountId": "telco/kafka", "SubAccountName": "kafka", "Tags": "",
      "ChargeType": "Usage", "InvoiceIssuer": "Amazon Web Services, Inc.", "Provider": "Amazon Web Services",
      "Publisher": "Amazon Web Services", "ResourceID": "telco/kafka/brokers", "x_Month": "1", "x_CostCategory": "compute",
      "x_ServiceSubcategory": "Virtual Machines", "x_PriceRow": "instances/c7g.large", "x_Assumption": "2 × 730 h",
    ]
    #expect(row == expected)
  }

  @Test func theFocusColumnsComeFirstInOrderThenTheValidatorsThenOurOwn() {
    let focus = Array(FocusCSV.columns.prefix(43))
    #expect(focus == focus.sorted())
    #expect(Array(FocusCSV.columns[43..<48]) == ["ChargeType", "InvoiceIssuer", "Provider", "Publisher", "ResourceID"])
    #expect(FocusCSV.columns.dropFirst(48).allSatisfy { $0.hasPrefix("x_") })
  }

  @Test func amountsAlwaysHaveADecimalPoint() {
    #expect(FocusCSV.amount(15) == .number("15.0"))
    #expect(FocusCSV.amount(Decimal(string: "0.0004")!) == .number("0.0004"))
    #expect(FocusCSV.amount(0) == .number("0.0"))
  }

  /// The demo scenario: each architecture's BilledCost over a month adds up exactly to its `total` in monthly.csv.
  @Test func theDemosBilledCostAddsUpToMonthlyTotals() throws {
    let document = try ScenarioLoader.document(TestSupport.telcoScenario)
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    var sink = DiscardingSink()
    let result = try document.simulated(with: book, timeline: &sink)
    let records = try CSVReader.records(FocusCSV.document(result, book: book), file: "focus.csv")
    let header = records[0]
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    let totals = Dictionary(grouping: rows) { "\($0["x_Month"]!)/\($0["SubAccountName"]!)" }
      .mapValues { $0.reduce(Decimal(0)) { $0 + Decimal(string: $1["BilledCost"]!)! } }
    #expect(!totals.isEmpty)
    for month in result.months {
      for architecture in month.results {
        #expect(totals["\(month.index + 1)/\(architecture.name)"] == architecture.total)
      }
    }
    #expect(rows.allSatisfy { $0["BillingCurrency"] == "USD" && $0["ProviderName"] == "Amazon Web Services" })
  }
}
