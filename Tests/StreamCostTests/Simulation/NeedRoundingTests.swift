import Testing

@testable import StreamCost

/// Remembering the last whole count never changes a need: step after step it gives what the
/// broker-count rule gives (docs/model.md §1), whichever way the load moves.
struct NeedRoundingTests {
  @Test func givesTheRulesNeedAtEveryStep() {
    // Includes a load hovering about 5 brokers (6, 5, 6, 5, 6), counts met before, and counts
    // around the largest remembered (4,095 is, 4,096 and 5,001 are worked out each time).
    let brokers = [
      0.2, 4.1, 4.9, 5.0, 5.000000000001, 5.2, 12.7, 12.1, 3, 3, 0, 20.5, 19.9999999999, 4.1, 5.1, 4.9, 5.1, 4.9, 5.3,
      4_094.2, 4_095.5, 5_000.3, 4_094.9, 4_095.1, 12.5,
    ]
    for survive in [FailureTolerance.none, .broker, .az] {
      for azs in [2, 3] {  // one AZ cannot survive losing an AZ (validation rejects it)
        let topology = Topology(azs: azs, survive: survive)
        let formulas = SharedStorageFormulas(SharedStorageConfig(), topology: topology, hours: 1, volumes: TestBook.book.facts.blockVolume, zoneAware: false)
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
    let formulas = SharedStorageFormulas(SharedStorageConfig(), topology: Topology(azs: 3, survive: .broker), hours: 1, volumes: TestBook.book.facts.blockVolume, zoneAware: false)
    var rounding = NeedRounding()
    #expect(rounding.need(brokers: 4.1, formulas) == CapacityNeed(needed: 6, target: 7))
    #expect(rounding.need(brokers: 5.0, formulas) == CapacityNeed(needed: 6, target: 7))
    #expect(rounding.need(brokers: 6.5, formulas) == CapacityNeed(needed: 9, target: 10))
  }

  /// Demands that stay inside the band of the last count skip the division; step after step the
  /// need is still the rule's on the largest demand ÷ capacity. The demands walk across whole
  /// counts, land exactly on them and a few units in the last place either side (where the
  /// band's margin sends a step to the full rule), and jump both ways.
  @Test func demandsGiveTheRulesNeedAtEveryStep() {
    let capacities = SIMD4<Double>(8, 117_187_500, 117_187_500, 1)
    var demands: [SIMD4<Double>] = []
    for k in 0..<600 {
      let cpu = 8 * (3 + 6 * Double((k * 53) % 97) / 97)
      demands.append(SIMD4(cpu, 117_187_500 * (2 + Double(k % 17) / 4), 117_187_500 * 1.5, 0))
    }
    for whole in [4.0, 7, 12] {
      demands += ((whole + ModelConstants.countTolerance) * 8).neighbours(ulps: 10).map { SIMD4($0, 0, 0, 0) }
      demands.append(SIMD4(whole * 8, 0, 0, 0))
    }
    for survive in [FailureTolerance.none, .broker, .az] {
      let topology = Topology(azs: 3, survive: survive)
      let formulas = DisklessFormulas(DisklessConfig(), topology: topology, hours: 1, zoneAware: true)
      var rounding = NeedRounding()
      for d in demands {
        let brokers = DisklessFormulas.brokers(d, capacities)
        #expect(brokers == max(d[0] / 8, d[1] / 117_187_500, d[2] / 117_187_500))
        let rule = BrokerCount.count(needed: brokers, minimum: 3, topology: topology)
        #expect(rounding.need(demands: d, capacities: capacities, formulas) == rule, "\(d), survive \(survive)")
      }
    }
  }

  /// Demands given before a division by a constant (``StepFormulas/rawDemands(_:)``, here client
  /// traffic over 22,369,621.33 B/s a vCPU, 42.67 MiB/s at the 50 % target, as diskless agents
  /// divide it): the band kept in those units gives the rule's need on raw ÷ scale ÷ capacity, for
  /// raw demands a few units in the last place either side of whole counts and of the band's own
  /// bounds (10⁻¹² inside them), and for walks up and down by one count at a time, which move to
  /// a neighbouring count's remembered band (on the way down the first time, both ways after).
  @Test func scaledDemandsGiveTheRulesNeed() {
    let capacities = SIMD4<Double>(4, 234_500_000, 234_500_000, 1)
    let scale = SIMD4<Double>(22_369_621.333_333_33, 1, 1, 1)
    let tolerance = ModelConstants.countTolerance
    var raws: [SIMD4<Double>] = []
    for whole in [3.0, 4, 9, 17] {
      // The middle of the count's band first, so that the band is set, then its edges.
      raws.append(SIMD4((whole - 0.5) * 4 * scale[0], 0, 0, 0))
      let upper = (whole + tolerance) * (1 - NeedRounding.margin) * 4 * scale[0]
      let lower = (whole - 1 + tolerance) * (1 + NeedRounding.margin) * 4 * scale[0]
      for edge in [(whole + tolerance) * 4 * scale[0], upper, lower] {
        raws += edge.neighbours(ulps: 10).map { SIMD4($0, 0, 0, 0) }
      }
    }
    // Up one count an hour for a day and back, as a daily wave moves the need, twice; then jumps.
    for _ in 0..<2 {
      for k in 0..<48 { raws.append(SIMD4(scale[0] * 4 * (3.5 + Double(k < 24 ? k : 47 - k)), 0, 0, 0)) }
    }
    raws += [SIMD4(scale[0] * 70, 0, 0, 0), SIMD4(0, 234_500_000 * 12.5, 0, 0), SIMD4(scale[0] * 2, 0, 0, 0)]
    for survive in [FailureTolerance.none, .broker, .az] {
      let topology = Topology(azs: 3, survive: survive)
      let formulas = DisklessFormulas(DisklessConfig(), topology: topology, hours: 1, zoneAware: true)
      var rounding = NeedRounding()
      for raw in raws {
        let rule = BrokerCount.count(needed: DisklessFormulas.brokers(raw / scale, capacities), minimum: 3, topology: topology)
        #expect(rounding.need(raw: raw, scale: scale, capacities: capacities, formulas) == rule, "\(raw), survive \(survive)")
      }
    }
  }

  /// The largest need over many steps is that of the lane-wise largest demands (how the `peak`
  /// pass finds it): division by a positive capacity keeps every order.
  @Test func theLargestDemandsGiveTheLargestNeed() {
    let capacities = SIMD4<Double>(3, 7, 11, 1)
    var most = SIMD4<Double>(repeating: -.infinity)
    var largest = -Double.infinity
    for k in 0..<1_000 {
      let d = SIMD4<Double>(Double((k * 31) % 113) / 3, Double((k * 17) % 89) / 7, Double((k * 7) % 61) / 11, 0)
      most = pointwiseMax(most, d)
      largest = max(largest, DisklessFormulas.brokers(d, capacities))
    }
    #expect(DisklessFormulas.brokers(most, capacities) == largest)
  }
}
