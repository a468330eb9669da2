import Foundation
import StreamCost

/// `focus.csv`: the forecast as a FOCUS 1.0 cost and usage export, one row per cost line per
/// billed month (``FocusExport``), so FinOps tools load it beside the real bill.
///
/// The FOCUS 1.0 columns come first, in alphabetical order. Five columns follow under the names
/// `focus-validator` 1.0.0 checks for (it follows the 1.0 preview there): `ChargeType`,
/// `InvoiceIssuer`, `Provider`, `Publisher`, `ResourceID`, each a copy of its FOCUS 1.0 column.
/// StreamCost's own columns come last, prefixed `x_`. Which values are synthetic for a forecast:
/// docs/focus.md.
///
/// Times are ISO 8601 UTC (`2026-01-01T00:00:00Z`). Amounts are exact decimals written with a
/// decimal point (`15.0`), so a reader that infers column types reads every amount column as
/// decimal. Empty cells are FOCUS nulls.
public enum FocusCSV {
  public static let fileName = "focus.csv"
  public static let columns = focusColumns + validatorColumns + ownColumns

  static let focusColumns = [
    "AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency", "BillingPeriodEnd",
    "BillingPeriodStart", "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd",
    "ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName",
    "CommitmentDiscountStatus", "CommitmentDiscountType", "ConsumedQuantity", "ConsumedUnit", "ContractedCost",
    "ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName", "ListCost", "ListUnitPrice", "PricingCategory",
    "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName", "RegionId", "RegionName", "ResourceId",
    "ResourceName", "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId", "SubAccountId",
    "SubAccountName", "Tags",
  ]
  static let validatorColumns = ["ChargeType", "InvoiceIssuer", "Provider", "Publisher", "ResourceID"]
  static let ownColumns = ["x_Month", "x_CostCategory", "x_ServiceSubcategory", "x_PriceRow", "x_Assumption"]

  /// The file's text: the header, then every charge in the order given.
  public static func document(_ charges: [FocusCharge]) -> String {
    CSVWriter.document(header: columns, rows: charges.map(row))
  }

  /// The export of a simulation, priced from `book`.
  public static func document(_ result: SimulationResult, book: PriceBook) -> String {
    document(FocusExport.charges(scenario: result.comparison.scenario, months: result.months, book: book))
  }

  static func row(_ c: FocusCharge) -> [CSVCell] {
    let line = c.line
    let null = CSVCell.text("")
    let focus: [CSVCell] = [
      null, amount(c.billedCost), .text(c.billingAccountID), .text(c.scenario), .text(c.currency),
      time(c.billingPeriodEnd), time(c.billingPeriodStart), .text(FocusCharge.chargeCategory), null,
      .text(line.description), .text(FocusCharge.chargeFrequency), time(c.chargePeriodEnd), time(c.chargePeriodStart),
      null, null, null, null, null, amount(line.quantity), .text(line.unit.rawValue), amount(c.contractedCost),
      amount(line.unitPrice), amount(c.effectiveCost), .text(c.billing.invoiceIssuer), amount(line.cost),
      amount(line.unitPrice), .text(c.billing.pricingCategory.rawValue), amount(line.quantity), .text(line.unit.rawValue),
      .text(c.billing.provider), .text(c.billing.publisher), .text(c.region), .text(c.billing.regionName),
      .text(c.resourceID), .text(c.resourceName), .text(c.resource.type), .text(line.serviceCategory),
      .text(c.serviceName), .text(c.skuID), .text(c.skuPriceID), .text(c.subAccountID), .text(c.architecture), null,
    ]
    let validator: [CSVCell] = [
      .text(FocusCharge.chargeCategory), .text(c.billing.invoiceIssuer), .text(c.billing.provider),
      .text(c.billing.publisher), .text(c.resourceID),
    ]
    let own: [CSVCell] = [
      .int(c.month), .text(line.category.rawValue), .text(line.serviceSubcategory), .text(line.priceRow),
      .text(line.assumption),
    ]
    return focus + validator + own
  }

  /// An exact amount, always with a decimal point.
  static func amount(_ value: Decimal) -> CSVCell {
    let text = ExactDecimal.plain(value)
    return .number(text.contains(".") ? text : text + ".0")
  }

  static func time(_ instant: Double) -> CSVCell { .text(ISOTimestamp.format(instant)) }
}
