import Testing

@testable import StreamCost

/// The broker-count rule of docs/model.md §1: max requirement, at least the minimum,
/// a multiple of Z, then N+1 (one broker) or N·Z/(Z−1) (one AZ).
struct BrokerCountTests {
  func resolve(_ needed: Double, azs: Int, survive: FailureTolerance, minimum: Double = 3, roundToAZs: Bool = true) -> (Int, Int) {
    let result = BrokerCount.resolve(
      [Requirement(.networkOut, brokers: needed, detail: "")],
      minimum: Requirement(.replicationFactor, brokers: minimum, detail: ""),
      topology: Topology(azs: azs, survive: survive), roundToAZs: roundToAZs)
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

  /// `round_to_azs: false`: the count is the need itself; surviving an AZ takes the fewest N'
  /// with N' − ⌈N'/Z⌉ ≥ N (the largest AZ of an even spread is lost).
  @Test func withoutRoundingToZonesTheCountIsTheNeedPlusHeadroom() {
    // 10.2 → 11; +1 → 12 (rounded: 13).
    #expect(resolve(10.2, azs: 3, survive: .broker, roundToAZs: false) == (12, 11))
    #expect(resolve(10.2, azs: 3, survive: .none, roundToAZs: false) == (11, 11))
    // 11 × 3/2 = 16.5 → 17; 17 − ⌈17/3⌉ = 17 − 6 = 11 ≥ 11: 17 (rounded: 18).
    #expect(resolve(10.2, azs: 3, survive: .az, roundToAZs: false) == (17, 11))
    // 7 × 3/2 = 10.5 → 11; 11 − ⌈11/3⌉ = 11 − 4 = 7: 11 (10 would leave 10 − 4 = 6).
    #expect(resolve(7, azs: 3, survive: .az, roundToAZs: false) == (11, 7))
    // 4 AZs, 5 brokers: 5 × 4/3 = 6.67 → 7; 7 − ⌈7/4⌉ = 7 − 2 = 5: 7.
    #expect(resolve(5, azs: 4, survive: .az, roundToAZs: false) == (7, 5))
    // 2 AZs, 5 brokers: 5 × 2 = 10; 10 − 5 = 5: 10.
    #expect(resolve(5, azs: 2, survive: .az, roundToAZs: false) == (10, 5))
    // The minimum (RF 3) still applies.
    #expect(resolve(0.3, azs: 3, survive: .none, roundToAZs: false) == (3, 3))
  }

  /// Property over seeded needs: the unrounded count never exceeds the rounded one, and what
  /// survives losing the largest AZ covers the need.
  @Test func unroundedCountsAreNoLargerAndStillSurviveAnAZ() {
    var generator = SplitMix64(seed: 17)
    for _ in 0..<500 {
      let needed = Double(generator.next() % 200) / 3 + 0.1
      let azs = Int(generator.next() % 4) + 2
      let (rounded, _) = resolve(needed, azs: azs, survive: .az)
      let (count, before) = resolve(needed, azs: azs, survive: .az, roundToAZs: false)
      #expect(count <= rounded)
      #expect(count - (count + azs - 1) / azs >= before)
      #expect(count - 1 - (count - 1 + azs - 1) / azs < before, "one broker fewer would not survive an AZ")
    }
  }
}
