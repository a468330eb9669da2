import Foundation

/// A group of price-book rows that sensitivity scales together, one per kind of charge.
///
/// Cross-AZ transfer is one group: the producer, replication, consumer and rebalance categories
/// are all priced by the same two inter-AZ rows, so scaling that price moves all four.
public enum PriceGroup: String, CaseIterable, Hashable, Sendable {
  case compute
  case blockStorage = "block_storage"
  case objectStorage = "object_storage"
  case objectRequests = "object_requests"
  case crossAZ = "cross_az"

  /// Default range of the price factor: half to twice the list price.
  public static let defaultRange = (low: 0.5, high: 2.0)
  /// Why: the question users ask is "does the answer survive if a price is off by 2×?"; on the low
  /// side it covers negotiated discounts (savings plans, reserved instances, EDP), on the high side
  /// dearer regions and clouds.
  public static let rangeSource =
    "assumption: list price off by 2× either way (discounts such as savings plans and EDP below; dearer regions above)"

  /// The cost categories this group's rows price.
  public var categories: [CostCategory] {
    switch self {
    case .compute: [.compute]
    case .blockStorage: [.blockStorage]
    case .objectStorage: [.objectStorage]
    case .objectRequests: [.objectRequests]
    case .crossAZ: [.crossAZProducer, .crossAZReplication, .crossAZConsumer, .crossAZRebalance]
    }
  }

  /// The rates of the group (every instance type is in `compute`).
  public var rates: [RateRole] {
    switch self {
    case .compute: []
    case .blockStorage: [.blockStorage, .blockIOPS, .blockThroughput]
    case .objectStorage: [.objectStorage]
    case .objectRequests: [.objectPut, .objectGet]
    case .crossAZ: [.interAZOut, .interAZIn]
    }
  }

  /// `book` with every price of this group multiplied by `factor` (every tier of every row).
  public func scaled(_ book: PriceBook, by factor: Double) -> PriceBook {
    var scaled = book
    let multiplier = Decimal(factor)
    if self == .compute {
      for name in scaled.instances.keys { scaled.instances[name]!.pricePerHour *= multiplier }
    }
    for role in rates {
      let id = book.facts.rateID(role)
      guard var rate = scaled.rates[id] else { continue }
      for t in rate.tiers.indices { rate.tiers[t].price *= multiplier }
      scaled.rates[id] = rate
    }
    return scaled
  }
}
