import Foundation
import Testing

@testable import StreamCost

/// The FOCUS export's values, row by row, on a hand-made month of the test book's prices.
@Suite struct FocusExportTests {
  static let januaryStart = 1_767_225_600.0  // 2026-01-01T00:00:00Z (ModelDefaults.simulationStart)

  /// 1,460 c7g.large hours (2 brokers × 730 h at 0.0725 USD) = 105.85 USD; 3 controllers × 730 h of m6i.large;
  /// 60,000 GiB-months of S3 split at the 51,200 GiB tier start: 51,200 at 0.023 and 8,800 at 0.022.
  static func lines() -> [CostLine] {
    [
      CostLine(
        description: "Kafka brokers (c7g.large)", category: .compute, serviceCategory: "Compute", serviceSubcategory: "Virtual Machines",
        quantity: 1_460, unit: .hours, unitPrice: TestBook.decimal("0.0725"), priceRow: "instances/c7g.large", assumption: "2 × 730 h"),
      CostLine(
        description: "KRaft controllers (m6i.large)", category: .compute, serviceCategory: "Compute", serviceSubcategory: "Virtual Machines",
        quantity: 2_190, unit: .hours, unitPrice: TestBook.decimal("0.096"), priceRow: "instances/m6i.large", assumption: "3 × 730 h"),
      CostLine(
        description: "Data in object storage", category: .objectStorage, serviceCategory: "Storage", serviceSubcategory: "Object Storage",
        quantity: 51_200, unit: .gibMonths, unitPrice: TestBook.decimal("0.023"), priceRow: "rates/s3.standard.storage", assumption: ""),
      CostLine(
        description: "Data in object storage [tier 2 from 51200 GiB-Months]", category: .objectStorage, serviceCategory: "Storage",
        serviceSubcategory: "Object Storage", quantity: 8_800, unit: .gibMonths, unitPrice: TestBook.decimal("0.022"),
        priceRow: "rates/s3.standard.storage", assumption: ""),
      CostLine(
        description: "Inter-AZ transfer out, producers", category: .crossAZProducer, serviceCategory: "Networking",
        serviceSubcategory: "Network Connectivity", quantity: 100, unit: .gib, unitPrice: TestBook.decimal("0.01"),
        priceRow: "rates/ec2.transfer.inter-az.out", assumption: ""),
    ]
  }

  static func month(hours: Double, role: String = "brokers") throws -> SimulationResult.Month {
    let sizing = Sizing(
      role: role, instance: try TestBook.book.instance("c7g.large"), count: 2, countBeforeHeadroom: 1, binding: .networkOut,
      requirements: [])
    let result = ArchitectureResult(name: "kafka", kind: .kafka, sizing: sizing, lines: lines(), assumptions: [])
    return SimulationResult.Month(index: 0, offset: 0, start: januaryStart, hours: hours, billedHours: 730, results: [result])
  }

  static func billedBook() -> PriceBook {
    var book = TestBook.book
    book.info.billing = BookBilling(
      provider: "Amazon Web Services", publisher: "Amazon Web Services", invoiceIssuer: "Amazon Web Services, Inc.",
      regionName: "US East (N. Virginia)", serviceNames: ["instances": "Amazon Elastic Compute Cloud", "s3": "Amazon Simple Storage Service"])
    return book
  }

  @Test func aFullMonthGivesOneChargePerLineWithItsPeriodsAccountsAndResources() throws {
    let charges = FocusExport.charges(scenario: "telco", months: [try Self.month(hours: 730)], book: Self.billedBook())
    #expect(charges.count == 5)
    let brokers = charges[0]
    // 730 h after 2026-01-01T00:00Z is 2026-01-31T10:00Z: 1,767,225,600 + 2,628,000 s.
    #expect(brokers.billingPeriodStart == 1_767_225_600)
    #expect(brokers.billingPeriodEnd == 1_769_853_600)
    #expect(brokers.chargePeriodEnd == 1_769_853_600)
    #expect(brokers.billingAccountID == "telco")
    #expect(brokers.subAccountID == "telco/kafka")
    #expect(brokers.resourceID == "telco/kafka/brokers")
    #expect(brokers.resourceName == "kafka brokers")
    #expect(brokers.resource.type == "Kafka broker")
    #expect(brokers.skuID == "c7g.large")
    #expect(brokers.skuPriceID == "instances/c7g.large")
    #expect(brokers.serviceName == "Amazon Elastic Compute Cloud")
    // 1,460 h × 0.0725 USD = 105.85 USD, billed, effective and contracted alike (list prices, no discount).
    #expect(brokers.billedCost == TestBook.decimal("105.85"))
    #expect(brokers.effectiveCost == brokers.billedCost && brokers.contractedCost == brokers.billedCost)
    #expect(brokers.billing.pricingCategory == .standard)
    #expect(charges[1].resourceID == "telco/kafka/controllers")
    #expect(charges[1].skuID == "m6i.large")
  }

  @Test func aTieredRateNamesItsTierInSkuPriceIDAndTheBucketAsItsResource() throws {
    let charges = FocusExport.charges(scenario: "telco", months: [try Self.month(hours: 730)], book: Self.billedBook())
    #expect(charges[2].skuID == "s3.standard.storage")
    #expect(charges[2].skuPriceID == "rates/s3.standard.storage")
    #expect(charges[3].skuPriceID == "rates/s3.standard.storage#2")
    #expect(charges[3].resourceID == "telco/kafka/bucket")
    #expect(charges[3].serviceName == "Amazon Simple Storage Service")
    // 8,800 GiB-months × 0.022 USD = 193.6 USD.
    #expect(charges[3].billedCost == TestBook.decimal("193.6"))
  }

  @Test func aServiceTheBookDoesNotNameFallsBackToItsSubcategory() throws {
    let charges = FocusExport.charges(scenario: "telco", months: [try Self.month(hours: 730)], book: Self.billedBook())
    #expect(charges[4].serviceName == "Network Connectivity")
    #expect(charges[4].resource == .transfer)
  }

  @Test func aBookThatNamesNoOneBillsUnderItsProviderIDAndRegion() throws {
    let charges = FocusExport.charges(scenario: "telco", months: [try Self.month(hours: 730)], book: TestBook.book)
    #expect(charges[0].billing == BookBilling(provider: "aws", publisher: "aws", invoiceIssuer: "aws", regionName: "us-east-1"))
    #expect(charges[0].serviceName == "Virtual Machines")
  }

  @Test func aMonthTheHorizonEndsInsideChargesOnlyTheSimulatedPart() throws {
    let charges = FocusExport.charges(scenario: "telco", months: [try Self.month(hours: 24)], book: TestBook.book)
    // Billing period: the 730-hour month; charge period: its first 24 h (86,400 s).
    #expect(charges[0].billingPeriodEnd == 1_769_853_600)
    #expect(charges[0].chargePeriodEnd == 1_767_312_000)
  }

  @Test func agentsAreTheComputeResourceOfADisklessDesign() throws {
    let charges = FocusExport.charges(scenario: "s", months: [try Self.month(hours: 730, role: "agents")], book: TestBook.book)
    #expect(charges[0].resource == .agents)
    #expect(charges[0].resource.type == "Diskless agent")
    #expect(charges[1].resource == .controllers)
  }
}
