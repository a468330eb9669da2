import Foundation

/// One meter line's price in floating point, looked up once for the many amounts a ranking
/// prices: ``Pricer/approximateCost(of:at:)`` without a dictionary lookup or `Decimal`
/// conversion per amount, and with the same result to the bit.
struct ApproximatePrice: Sendable {
  enum Kind: Sendable {
    /// Per instance-hour.
    case hourly(Double)
    /// A rate row: its unit and tiers.
    case rate(PricingUnit, tiers: [(start: Double, price: Double)])
  }

  let kind: Kind
  let dimension: Metered.Dimension
  let monthHours: Double

  /// The price of `line`; throws what pricing the line would throw (missing row, unit mismatch).
  init(_ line: MeterLine, pricer: Pricer) throws(PricingError) {
    _ = try pricer.approximateCost(of: Metered(line.dimension, 0), at: line.price)
    switch line.price {
    case .instance(let name): kind = .hourly(try pricer.book.instance(name).pricePerHour.doubleValue)
    case .rate(let id):
      let rate = try pricer.book.rate(id)
      kind = .rate(rate.unit, tiers: rate.approximateTiers)
    }
    dimension = line.dimension
    monthHours = pricer.monthHours
  }

  /// The price of `line` billed at `hourly` per instance-hour instead of its own row (a candidate type's).
  init(hourly: Double, dimension: Metered.Dimension, monthHours: Double) {
    kind = .hourly(hourly)
    self.dimension = dimension
    self.monthHours = monthHours
  }

  /// What `amount` (in the line's base unit) costs: the 6-decimal quantity across the tiers.
  func cost(_ amount: Double) -> Double {
    switch kind {
    case .hourly(let price):
      return ExactDecimal.roundedDouble(amount) * price
    case .rate(let unit, let tiers):
      // The unit was checked against the dimension when the price was looked up.
      let quantity = ExactDecimal.roundedDouble(unit.quantity(of: Metered(dimension, amount), monthHours: monthHours) ?? 0)
      return quantity > 0 ? Rate.approximateCost(quantity, tiers: tiers) : 0
    }
  }
}
