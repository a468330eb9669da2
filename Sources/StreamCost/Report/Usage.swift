/// A resource an architecture consumes over the billed period, before it is priced.
///
/// Architectures emit usages; only ``Pricer`` turns them into money, so every
/// cost line is a quantity × a unit price from one named price row.
public struct Usage: Hashable, Sendable {
  public var category: CostCategory
  /// What is charged, e.g. "Kafka brokers (r6i.xlarge)".
  public var description: String
  /// The price row that prices it.
  public var price: PriceReference
  public var amount: Metered
  /// How the quantity was derived, in words and figures, for `x_Assumption`.
  public var basis: String

  public init(_ category: CostCategory, _ description: String, price: PriceReference, amount: Metered, basis: String) {
    self.category = category
    self.description = description
    self.price = price
    self.amount = amount
    self.basis = basis
  }

  /// A row of the price book.
  public enum PriceReference: Hashable, Sendable {
    case instance(String)
    case rate(RateRole)
  }
}
