import Foundation

/// One priced line of an architecture's monthly bill: quantity × unit price = cost.
///
/// Field names follow FOCUS (ChargeDescription, PricingQuantity, PricingUnit,
/// ListUnitPrice, ListCost). `quantity × unitPrice == cost` holds exactly.
public struct CostLine: Hashable, Sendable, Codable {
  public var description: String
  public var category: CostCategory
  /// FOCUS ServiceCategory / ServiceSubcategory.
  public var serviceCategory: String
  public var serviceSubcategory: String
  /// Quantity in `unit`, rounded to ``ExactDecimal/quantityPlaces`` decimals.
  public var quantity: Decimal
  public var unit: PricingUnit
  public var unitPrice: Decimal
  public var cost: Decimal
  /// `instances/<type>` or `rates/<id>`.
  public var priceRow: String
  /// How the quantity was derived.
  public var assumption: String

  public init(
    description: String, category: CostCategory, serviceCategory: String, serviceSubcategory: String,
    quantity: Decimal, unit: PricingUnit, unitPrice: Decimal, priceRow: String, assumption: String
  ) {
    self.description = description
    self.category = category
    self.serviceCategory = serviceCategory
    self.serviceSubcategory = serviceSubcategory
    self.quantity = quantity
    self.unit = unit
    self.unitPrice = unitPrice
    self.cost = quantity * unitPrice
    self.priceRow = priceRow
    self.assumption = assumption
  }
}
