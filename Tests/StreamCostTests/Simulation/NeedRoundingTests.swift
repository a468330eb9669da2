import Testing

@testable import StreamCost

/// Remembering the last whole count never changes a need: step after step it gives what the
/// broker-count rule gives (MODEL.md §1), whichever way the load moves.
struct NeedRoundingTests {
  @Test func givesTheRulesNeedAtEveryStep() {
    let brokers = [0.2, 4.1, 4.9, 5.0, 5.000000000001, 5.2, 12.7, 12.1, 3, 3, 0, 20.5, 19.9999999999, 4.1]
    for survive in [FailureTolerance.none, .broker, .az] {
      for azs in [2, 3] {  // one AZ cannot survive losing an AZ (validation rejects it)
        let topology = Topology(azs: azs, survive: survive)
        let formulas = SharedStorageFormulas(SharedStorageConfig(), topology: topology, hours: 1)
        var rounding = NeedRounding()
        for b in brokers {
          let rule = BrokerCount.count(needed: b, minimum: azs, topology: topology)
          #expect(rounding.need(brokers: b, formulas) == rule, "\(b) brokers, \(azs) AZs, survive \(survive)")
        }
      }
    }
  }

  /// 4.1 brokers on 3 AZs surviving a broker: 5 → 6 (a multiple of 3) → 7; then 5.0 keeps 6 and 7.
  @Test func handWorkedNeed() {
    let formulas = SharedStorageFormulas(SharedStorageConfig(), topology: Topology(azs: 3, survive: .broker), hours: 1)
    var rounding = NeedRounding()
    #expect(rounding.need(brokers: 4.1, formulas) == CapacityNeed(needed: 6, target: 7))
    #expect(rounding.need(brokers: 5.0, formulas) == CapacityNeed(needed: 6, target: 7))
    #expect(rounding.need(brokers: 6.5, formulas) == CapacityNeed(needed: 9, target: 10))
  }
}
