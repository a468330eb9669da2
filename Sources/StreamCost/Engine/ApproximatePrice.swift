import Foundation

/// One price row in floating point, looked up once for the many amounts a ranking prices: what
/// ``Pricer/approximateCost(of:at:)`` bills, without a dictionary lookup or `Decimal` conversion
/// per amount.
struct ApproximatePrice: Sendable {
  enum Kind: Sendable {
    /// Per instance-hour.
    case hourly(Double)
    /// A rate row: what its unit divides an amount by (``PricingUnit/divisors(monthHours:)``),
    /// and its tiers.
    case rate(divisors: (first: Double, second: Double), tiers: [(start: Double, price: Double)])
  }

  let kind: Kind

  /// The row `price` for amounts of `dimension`; throws what pricing such an amount would throw
  /// (unknown instance type, missing rate, a unit that cannot meter the dimension).
  init(_ price: Usage.PriceReference, dimension: Metered.Dimension, pricer: Pricer) throws(PricingError) {
    switch price {
    case .instance(let name):
      let type = try pricer.book.instance(name)
      guard dimension == .instanceHours else {
        throw .unitMismatch(rate: type.priceRow, unit: PricingUnit.hours.rawValue, usage: dimension.rawValue)
      }
      kind = .hourly(type.pricePerHour.doubleValue)
    case .rate(let id):
      let rate = try pricer.book.rate(id)
      guard rate.unit.quantity(of: Metered(dimension, 0), monthHours: pricer.monthHours) != nil else {
        throw .unitMismatch(rate: rate.priceRow, unit: rate.unit.rawValue, usage: dimension.rawValue)
      }
      kind = .rate(divisors: rate.unit.divisors(monthHours: pricer.monthHours), tiers: rate.approximateTiers)
    }
  }

  /// The price of `line`.
  init(_ line: MeterLine, pricer: Pricer) throws(PricingError) {
    try self.init(line.price, dimension: line.dimension, pricer: pricer)
  }

  /// Instance-hours billed at `hourly` (a candidate type's price).
  init(hourly: Double) { kind = .hourly(hourly) }

  /// What `amount` (in the dimension's base unit) costs: the 6-decimal quantity across the tiers.
  func cost(_ amount: Double) -> Double {
    switch kind {
    case .hourly(let price):
      return ExactDecimal.roundedDouble(amount) * price
    case .rate(let divisors, let tiers):
      // The unit was checked against the dimension when the price was looked up.
      let quantity = ExactDecimal.roundedDouble(amount / divisors.first / divisors.second)
      return quantity > 0 ? Rate.approximateCost(quantity, tiers: tiers) : 0
    }
  }
}
