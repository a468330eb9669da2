import Foundation
import Testing

@testable import StreamCost

/// The assumptions a comparison's columns may not share: one row per architecture each, and the
/// header's split into what differs and what is alike.
struct ColumnAssumptionsTests {
  func compare(_ topology: Topology, _ architectures: [ArchitectureSpec], explicit: Set<String> = []) throws -> Comparison {
    let scenario = Scenario(
      name: "columns", pricing: PricingReference(provider: "aws", region: "us-east-1"),
      feeds: Workloads.a().feeds, topology: topology, architectures: architectures, explicitKeys: explicit)
    return try CostEngine(book: TestBook.book).compare(scenario)
  }

  @Test func everyArchitectureHasARowForEachColumnAssumption() throws {
    let c = try compare(Topology(survive: .broker), ArchitectureSpec.defaults)
    for (index, result) in c.results.enumerated() {
      for (key, _) in ColumnAssumptions.keys {
        let rows = result.assumptions.filter { $0.name == "architectures[\(index)].\(key)" }
        #expect(rows.count == 1, "\(result.name) \(key)")
      }
    }
    let clients = c.results[3].assumptions.first { $0.name == "architectures[3].clients" }
    #expect(clients?.value == "any-zone")
    #expect(clients?.origin == .default)
    #expect(c.results[0].assumptions.first { $0.name == "architectures[0].vendor_fees" }?.value == "not priced")
    #expect(c.results[0].assumptions.first { $0.name == "architectures[0].purchase_option" }?.value == "on-demand")
  }

  /// Defaults: only the scaling policy differs (peak for broker-local Kafka, reactive for the others).
  @Test func theDefaultsDifferOnlyInScalingPolicy() throws {
    let c = try compare(Topology(survive: .broker), ArchitectureSpec.defaults)
    let differing = ColumnAssumptions.differing(c.results)
    #expect(differing.map(\.label) == ["scaling policy"])
    #expect(differing[0].values == ["peak", "peak", "reactive", "reactive"])
    #expect(ColumnAssumptions.alike(c.results).map(\.label) == ["client placement", "vendor fees", "purchase option"])
    #expect(ColumnAssumptions.alike(c.results)[0].values[0] == "any-zone")
  }

  /// An own key is shown as an override, even when it agrees with `topology.clients`.
  @Test func anOverrideIsShown() throws {
    let specs = [
      ArchitectureSpec(config: .kafka(BrokerLocalConfig())),
      ArchitectureSpec(config: .diskless(DisklessConfig(zoneAwareClients: true))),
    ]
    let c = try compare(Topology(survive: .broker), specs)
    let clients = try #require(ColumnAssumptions.differing(c.results).first { $0.label == "client placement" })
    #expect(clients.values == ["any-zone", "zone-aware"])
    #expect(clients.overrides == [nil, "architectures[1].zone_aware_clients"])
    let row = c.results[1].assumptions.first { $0.name == "architectures[1].clients" }
    #expect(row?.origin == .scenario)

    let agreeing = try compare(Topology(clients: .zoneAware, survive: .broker), specs)
    let shown = try #require(ColumnAssumptions.differing(agreeing.results).first { $0.label == "client placement" })
    #expect(shown.values == ["zone-aware", "zone-aware"])
    #expect(shown.overrides == [nil, "architectures[1].zone_aware_clients"])
  }
}
