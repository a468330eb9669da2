import Foundation

/// One row of the FOCUS 1.0 cost export: one cost line of one architecture in one billed month.
///
/// The scenario is the billing account and the architecture the sub-account. Every charge is
/// `Usage` at the book's list price with no discount, so billed, effective, list and contracted
/// cost are the line's cost. Times are Unix seconds (UTC).
public struct FocusCharge: Hashable, Sendable {
  public var scenario: String
  public var architecture: String
  /// 1 for the horizon's first billed month.
  public var month: Int
  /// The billed month: its start and start + its billed hours.
  public var billingPeriodStart: Double
  public var billingPeriodEnd: Double
  /// The simulated part of the month (the whole month unless the horizon ends inside it).
  public var chargePeriodStart: Double
  public var chargePeriodEnd: Double
  public var line: CostLine
  public var resource: FocusResource
  /// The instance type or rate id (SkuId), and the row with its tier (SkuPriceId, `rates/<id>#2`).
  public var skuID: String
  public var skuPriceID: String
  public var serviceName: String
  public var currency: String
  public var region: String
  public var billing: BookBilling

  public init(
    scenario: String, architecture: String, month: Int, billingPeriodStart: Double, billingPeriodEnd: Double,
    chargePeriodStart: Double, chargePeriodEnd: Double, line: CostLine, resource: FocusResource, skuID: String,
    skuPriceID: String, serviceName: String, currency: String, region: String, billing: BookBilling
  ) {
    self.scenario = scenario
    self.architecture = architecture
    self.month = month
    self.billingPeriodStart = billingPeriodStart
    self.billingPeriodEnd = billingPeriodEnd
    self.chargePeriodStart = chargePeriodStart
    self.chargePeriodEnd = chargePeriodEnd
    self.line = line
    self.resource = resource
    self.skuID = skuID
    self.skuPriceID = skuPriceID
    self.serviceName = serviceName
    self.currency = currency
    self.region = region
    self.billing = billing
  }

  /// FOCUS ChargeCategory, ChargeFrequency: a forecast bills only metered usage.
  public static let chargeCategory = "Usage"
  public static let chargeFrequency = "Usage-Based"

  public var billingAccountID: String { scenario }
  public var subAccountID: String { "\(scenario)/\(architecture)" }
  public var resourceID: String { "\(scenario)/\(architecture)/\(resource.rawValue)" }
  public var resourceName: String { "\(architecture) \(resource.rawValue)" }
  /// List prices with no discount: what would be billed, and what it effectively costs.
  public var billedCost: Decimal { line.cost }
  public var effectiveCost: Decimal { line.cost }
  public var contractedCost: Decimal { line.cost }
}
