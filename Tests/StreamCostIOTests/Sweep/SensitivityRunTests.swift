import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Sensitivity leaves out what applies to nothing in the scenario: keys no architecture has (at
/// construction) and price groups that bill nothing in the base run (``SensitivityRun/leavingOutUnbilled(in:)``).
struct SensitivityRunTests {
  /// The architecture keys of ``SensitivityParameter/catalog``, all of shared-storage or diskless.
  static let statelessKeys = [
    "compaction_read", "put_per_mbps", "get_per_mbps", "request_floor", "instance_start", "throughput_per_vcpu",
    "compaction_levels",
  ]

  @Test func kafkaAloneInOneAZLeavesOutObjectStorageRequestsAndCrossAZ() async throws {
    let run = SensitivityRun(template: try SweepRunTests.template("sensitivity-kafka-only.yaml"), parameters: SensitivityParameter.catalog)
    #expect(run.skipped == Self.statelessKeys)
    let base = try run.baseOutcome()
    let applicable = run.leavingOutUnbilled(in: base)
    #expect(applicable.parameters.map(\.name) == ["price.compute", "price.block_storage"])
    #expect(applicable.skipped == Self.statelessKeys + ["price.object_storage", "price.object_requests", "price.cross_az"])
    // What is left out moves nothing: in the full run, each left-out group's low and high
    // outcomes equal the base exactly; what is kept moves kafka's total.
    let (full, low, high) = try await run.outcomes(jobs: 2)
    #expect(full == base)
    for (p, parameter) in run.parameters.enumerated() {
      let moves = low[p] != base || high[p] != base
      #expect(moves == applicable.parameters.contains(parameter), "\(parameter.name)")
    }
  }

  @Test func disklessAloneInOneAZLeavesOutBlockStorageAndCrossAZ() throws {
    let run = SensitivityRun(template: try SweepRunTests.template("sensitivity-diskless-only.yaml"), parameters: SensitivityParameter.catalog)
    #expect(run.skipped == ["compaction_read", "put_per_mbps", "get_per_mbps", "request_floor"])
    let applicable = run.leavingOutUnbilled(in: try run.baseOutcome())
    #expect(applicable.skipped == run.skipped + ["price.block_storage", "price.cross_az"])
    #expect(applicable.parameters.map(\.name) == [
      "instance_start", "throughput_per_vcpu", "compaction_levels", "price.compute", "price.object_storage", "price.object_requests",
    ])
  }

  @Test func aGroupIsBilledWhenAnyArchitectureHasACostInAnyOfItsCategories() {
    func architecture(_ costs: [CostCategory: Decimal]) -> SweepOutcome.Architecture {
      var categories = [Decimal](repeating: 0, count: CostCategory.allCases.count)
      for (category, cost) in costs { categories[category.rank] = cost }
      return SweepOutcome.Architecture(
        name: "a", kind: .kafka, total: costs.values.reduce(0, +), categories: categories, peakCount: 1, events: 0, hoursShort: 0)
    }
    let outcome = SweepOutcome(architectures: [
      architecture([.compute: 100]),
      architecture([.compute: 50, .crossAZRebalance: 1]),
    ])
    #expect(outcome.bills(.compute))
    // Rebalance is the last of cross_az's four categories, on the second architecture only.
    #expect(outcome.bills(.crossAZ))
    #expect(!outcome.bills(.blockStorage))
    #expect(!outcome.bills(.objectStorage))
    #expect(!outcome.bills(.objectRequests))
  }
}
