import Foundation
import Testing

@testable import StreamCost

/// Comparisons are stored as JSON in the run ledger; they must read back whole, including ones
/// recorded before the simulation added `basis`.
struct ComparisonCodingTests {
  static func comparison() throws -> Comparison {
    let scenario = Scenario(
      name: "coding", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: Workloads.a().feeds,
      architectures: [ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarge"))))])
    return try CostEngine(book: TestBook.book).compare(scenario)
  }

  @Test func roundTripsExactly() throws {
    let original = try Self.comparison()
    let decoded = try JSONDecoder().decode(Comparison.self, from: JSONEncoder().encode(original))
    #expect(decoded == original)
    #expect(decoded.results[0].total == Decimal(string: "28364.765")!)
  }

  @Test func aComparisonWithoutBasisReadsAsSteadyState() throws {
    var simulated = try Self.comparison()
    simulated.basis = "simulated: 730 steps of 1h"
    var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(simulated)) as? [String: Any])
    object["basis"] = nil
    let decoded = try JSONDecoder().decode(Comparison.self, from: JSONSerialization.data(withJSONObject: object))
    #expect(decoded.basis == Comparison.steadyStateBasis)
  }
}
