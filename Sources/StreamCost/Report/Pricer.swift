import Foundation

/// Turns usages into priced cost lines with a price book, for a month of given length.
public struct Pricer: Sendable {
  public var book: PriceBook
  public var monthHours: Double

  public init(book: PriceBook, monthHours: Double) {
    self.book = book
    self.monthHours = monthHours
  }

  /// Prices every usage; a tiered rate gives one line per tier used. Zero usages give no line.
  public func price(_ usages: [Usage]) throws(PricingError) -> [CostLine] {
    var lines: [CostLine] = []
    for usage in usages {
      lines += try price(usage)
    }
    return lines
  }

  /// What `amount` costs at `price`, tier by tier, exactly as ``price(_:)`` bills it but without
  /// building lines: for the many amounts a run prices and throws away (ranking, scaling events).
  public func cost(of amount: Metered, at price: Usage.PriceReference) throws(PricingError) -> Decimal {
    switch price {
    case .instance(let name):
      let hours = ExactDecimal.rounded(try instanceHours(amount, name))
      return hours > 0 ? hours * (try book.instance(name)).pricePerHour : 0
    case .rate(let id):
      let (rate, quantity) = try rated(amount, id)
      let exact = ExactDecimal.rounded(quantity)
      guard exact > 0 else { return 0 }
      return rate.split(exact).reduce(Decimal(0)) { $0 + $1.quantity * $1.tier.price }
    }
  }

  /// ``cost(of:at:)`` in floating point: the same 6-decimal quantity split across the same tiers.
  public func approximateCost(of amount: Metered, at price: Usage.PriceReference) throws(PricingError) -> Double {
    try ApproximatePrice(price, dimension: amount.dimension, pricer: self).cost(amount.value)
  }

  /// Hours of an instance-hours amount.
  func instanceHours(_ amount: Metered, _ name: String) throws(PricingError) -> Double {
    guard case .instanceHours(let hours) = amount else {
      throw .unitMismatch(rate: (try book.instance(name)).priceRow, unit: PricingUnit.hours.rawValue, usage: amount.dimension.rawValue)
    }
    return hours
  }

  /// Rate `id` and `amount` in its pricing unit.
  func rated(_ amount: Metered, _ id: RateRole) throws(PricingError) -> (Rate, Double) {
    let rate = try book.rate(id)
    guard let quantity = rate.unit.quantity(of: amount, monthHours: monthHours) else {
      throw .unitMismatch(rate: rate.priceRow, unit: rate.unit.rawValue, usage: amount.dimension.rawValue)
    }
    return (rate, quantity)
  }

  public func price(_ usage: Usage) throws(PricingError) -> [CostLine] {
    switch usage.price {
    case .instance(let name):
      let type = try book.instance(name)
      let hours = try instanceHours(usage.amount, name)
      guard hours > 0 else { return [] }
      return [
        CostLine(
          description: usage.description, category: usage.category, serviceCategory: "Compute",
          serviceSubcategory: "Virtual Machines", quantity: ExactDecimal.rounded(hours), unit: .hours,
          unitPrice: type.pricePerHour, priceRow: type.priceRow, assumption: usage.basis)
      ]
    case .rate(let id):
      let (rate, quantity) = try rated(usage.amount, id)
      let exact = ExactDecimal.rounded(quantity)
      guard exact > 0 else { return [] }
      let parts = rate.split(exact)
      return parts.map { part in
        let tierNote = parts.count > 1 || part.index > 0 ? " [tier \(part.index + 1) from \(ExactDecimal.plain(part.tier.start)) \(rate.unit.rawValue)]" : ""
        return CostLine(
          description: usage.description + tierNote, category: usage.category,
          serviceCategory: rate.serviceCategory, serviceSubcategory: rate.serviceSubcategory,
          quantity: part.quantity, unit: rate.unit, unitPrice: part.tier.price,
          priceRow: rate.priceRow, assumption: usage.basis)
      }
    }
  }
}
