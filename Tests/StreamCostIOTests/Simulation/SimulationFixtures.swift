import Foundation
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// Hand-built simulation values for the output tests. `SimulationResult`, `Month` and `Totals`
/// have only their internal memberwise inits, reached here through `@testable import StreamCost`.
enum SimulationFixtures {
  /// 2026-01-01T00:00:00Z in Unix seconds (`date -u -d @1767225600` prints 2026-01-01T00:00:00Z).
  static let newYear2026 = 1_767_225_600.0
  static let minute = 60.0
  /// 30 days of one-minute steps.
  static let grid = TimeGrid(start: newYear2026, step: minute, count: 30 * 24 * 60)

  /// A stand-in instance type: the outputs under test never print it.
  static let instance = InstanceType(
    name: "c7g.large", vcpus: 2, memoryGiB: 4, networkBaseline: DataRate(bytesPerSecond: 117_187_500), pricePerHour: 0.0725)

  static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

  static func line(_ category: CostCategory, _ quantity: String, _ unit: PricingUnit, _ price: String) -> CostLine {
    CostLine(
      description: "\(category.rawValue) line", category: category, serviceCategory: "Compute", serviceSubcategory: "",
      quantity: decimal(quantity), unit: unit, unitPrice: decimal(price), priceRow: "rates/test", assumption: "")
  }

  static func architecture(_ name: String, _ lines: [CostLine]) -> ArchitectureResult {
    ArchitectureResult(
      name: name, kind: .kafka,
      sizing: Sizing(role: "brokers", instance: instance, count: 6, countBeforeHeadroom: 6, binding: .networkOut, requirements: []),
      lines: lines, assumptions: [])
  }

  static let info = PriceBook.Info(provider: "aws", region: "us-east-1", asOf: "2026-07-20", currency: "USD")

  static func result(
    months: [SimulationResult.Month], events: [ScalingEvent] = [], totals: [SimulationResult.Totals] = [], grid: TimeGrid = grid
  ) -> SimulationResult {
    SimulationResult(
      grid: grid, months: months, events: events, totals: totals,
      comparison: Comparison(
        scenario: "spike", description: "", book: info, month: .average730, results: months.first?.results ?? [], assumptions: []))
  }
}

/// Keeps every row it is given, for checking what an aggregator passes on.
struct CollectingSink: TimelineRowSink {
  var rows: [TimelineRow] = []
  mutating func accept(_ row: TimelineRow) { rows.append(row) }
}
