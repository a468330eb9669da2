import Testing

@testable import StreamCost

/// The broker-count rule of docs/model.md §1: max requirement, at least the minimum,
/// a multiple of Z, then N+1 (one broker) or N·Z/(Z−1) (one AZ).
struct BrokerCountTests {
  func resolve(_ needed: Double, azs: Int, survive: FailureTolerance, minimum: Double = 3) -> (Int, Int) {
    let result = BrokerCount.resolve(
      [Requirement(.networkOut, brokers: needed, detail: "")],
      minimum: Requirement(.replicationFactor, brokers: minimum, detail: ""),
      topology: Topology(azs: azs, survive: survive))
    return (result.count, result.beforeHeadroom)
  }

  @Test func roundsToZonesThenAddsHeadroom() {
    // 10.2 → 11 → multiple of 3 → 12; +1 → 13.
    #expect(resolve(10.2, azs: 3, survive: .broker) == (13, 12))
    // 12 × 3/2 = 18, already a multiple of 3.
    #expect(resolve(10.2, azs: 3, survive: .az) == (18, 12))
    // 2 AZs: 11 → 12; × 2/1 = 24.
    #expect(resolve(10.2, azs: 2, survive: .az) == (24, 12))
    #expect(resolve(10.2, azs: 3, survive: .none) == (12, 12))
    // 4 → 6 (multiple of 3); × 3/2 = 9.
    #expect(resolve(4, azs: 3, survive: .az) == (9, 6))
  }

  @Test func minimumAppliesAndFloatingNoiseDoesNotAddABroker() {
    #expect(resolve(0.3, azs: 3, survive: .none) == (3, 3))
    // 15.000000000001 is an exact 15 computed in binary floating point.
    #expect(resolve(15.000_000_000_001, azs: 3, survive: .none) == (15, 15))
  }
}
