import Foundation

/// Builds the FOCUS 1.0 export of a simulation: one ``FocusCharge`` per cost line per billed month,
/// months in order, architectures in scenario order, lines in bill order.
public enum FocusExport {
  /// Every charge of `months`, priced from `book` (its tiers name each line's SkuPriceId).
  public static func charges(scenario: String, months: [SimulationResult.Month], book: PriceBook) -> [FocusCharge] {
    months.flatMap { month in
      month.results.flatMap { result in
        result.lines.map { line in
          charge(line, of: result, scenario: scenario, month: month, book: book)
        }
      }
    }
  }

  static func charge(
    _ line: CostLine, of result: ArchitectureResult, scenario: String, month: SimulationResult.Month, book: PriceBook
  ) -> FocusCharge {
    let billing = book.info.billingOrFallback
    let (_, sku) = PriceRowName.split(line.priceRow)
    return FocusCharge(
      scenario: scenario, architecture: result.name, month: month.index + 1,
      billingPeriodStart: month.start, billingPeriodEnd: month.start + month.billedHours * TimeGrid.secondsPerHour,
      chargePeriodStart: month.start, chargePeriodEnd: month.start + month.hours * TimeGrid.secondsPerHour,
      line: line, resource: .of(line, role: result.sizing.role), skuID: sku,
      skuPriceID: skuPriceID(line, book: book),
      serviceName: billing.serviceNames[BookBilling.family(ofPriceRow: line.priceRow)] ?? line.serviceSubcategory,
      currency: book.info.currency, region: book.info.region, billing: billing)
  }

  /// The price row with its tier, as `pricing diff` names rows: `rates/<id>` for the first tier,
  /// `rates/<id>#2` for the second.
  static func skuPriceID(_ line: CostLine, book: PriceBook) -> String {
    let (kind, id) = PriceRowName.split(line.priceRow)
    guard kind == "rates", let rate = book.rates[id],
      let index = rate.tiers.firstIndex(where: { $0.price == line.unitPrice }), index > 0
    else { return line.priceRow }
    return "\(line.priceRow)#\(index + 1)"
  }
}
