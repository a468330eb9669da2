import Foundation

/// Prices the bytes a partition move or re-replication sends across AZs: billed once out of
/// one AZ and once into the other, at the book's inter-AZ rates (docs/model.md §0.2).
struct RebalancePrice: Sendable {
  let pricer: Pricer

  init(book: PriceBook) {
    pricer = Pricer(book: book, monthHours: ModelConstants.hoursPerBillingMonth)
  }

  /// Cost of `bytes` crossing, exact from the 6-decimal quantity; zero when the book lacks a rate
  /// (the month's pricing reports that missing row).
  func cost(_ bytes: Double) -> Decimal {
    guard bytes > 0 else { return 0 }
    return ArchitectureTrack.rebalanceLines.reduce(Decimal(0)) { total, line in
      total + ((try? pricer.cost(of: Metered(line.dimension, bytes), at: line.price)) ?? 0)
    }
  }
}
