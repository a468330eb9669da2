import Foundation

/// A priced meter from the book (storage, requests, transfer…), possibly tiered.
public struct Rate: Hashable, Sendable, Codable {
  /// Stable id the engine asks for, e.g. `s3.standard.storage`.
  public var id: String
  public var description: String
  /// FOCUS ServiceCategory and ServiceSubcategory of the charge.
  public var serviceCategory: String
  public var serviceSubcategory: String
  public var unit: PricingUnit
  /// Price tiers sorted by start; the first starts at 0.
  public var tiers: [Tier]
  public var source: String
  public var asOf: String

  /// Unit price for usage from `start` (in the rate's unit) up to the next tier's start.
  public struct Tier: Hashable, Sendable, Codable {
    public var start: Decimal
    public var price: Decimal

    public init(start: Decimal, price: Decimal) {
      self.start = start
      self.price = price
    }
  }

  public init(
    id: String, description: String, serviceCategory: String, serviceSubcategory: String,
    unit: PricingUnit, tiers: [Tier], source: String = "", asOf: String = ""
  ) {
    self.id = id
    self.description = description
    self.serviceCategory = serviceCategory
    self.serviceSubcategory = serviceSubcategory
    self.unit = unit
    self.tiers = tiers.sorted { $0.start < $1.start }
    self.source = source
    self.asOf = asOf
  }

  /// The price row id printed in line items, e.g. `rates/s3.standard.storage`.
  public var priceRow: String { "rates/\(id)" }

  /// The tiers' starts and prices in floating point, for ``approximateCost(_:tiers:)``.
  var approximateTiers: [(start: Double, price: Double)] {
    tiers.map { ($0.start.doubleValue, $0.price.doubleValue) }
  }

  /// The cost of `quantity` split across `tiers` (as ``approximateTiers`` gives them) as
  /// ``split(_:)`` splits it, in floating point.
  static func approximateCost(_ quantity: Double, tiers: [(start: Double, price: Double)]) -> Double {
    // One tier from 0 (most rows): the loop below would add (quantity − 0) × price to 0.
    if tiers.count == 1, tiers[0].start == 0 { return quantity * tiers[0].price }
    var cost = 0.0
    var split = false
    for (i, tier) in tiers.enumerated() where quantity > tier.start {
      let end = i + 1 < tiers.count ? min(quantity, tiers[i + 1].start) : quantity
      cost += (end - tier.start) * tier.price
      split = true
    }
    if !split, let first = tiers.first { cost = quantity * first.price }
    return cost
  }

  /// Splits a monthly quantity across the tiers: one (quantity, tier) per tier used.
  public func split(_ quantity: Decimal) -> [(quantity: Decimal, tier: Tier, index: Int)] {
    var parts: [(Decimal, Tier, Int)] = []
    for (i, tier) in tiers.enumerated() where quantity > tier.start {
      let end = i + 1 < tiers.count ? min(quantity, tiers[i + 1].start) : quantity
      parts.append((end - tier.start, tier, i))
    }
    if parts.isEmpty, let first = tiers.first { parts.append((quantity, first, 0)) }
    return parts
  }
}
