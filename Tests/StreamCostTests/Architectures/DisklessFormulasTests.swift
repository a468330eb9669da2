import Testing

@testable import StreamCost

/// Diskless agents' step formulas (docs/model.md §4): the upload rate, and the demands a step's band
/// check reads before the division by what a vCPU serves.
struct DisklessFormulasTests {
  /// Defaults: 250 ms flushes (4 a second), 8 MiB batches, 42.67 MiB/s a vCPU at a 50 % target.
  static let formulas = DisklessFormulas(DisklessConfig(), topology: Topology(), hours: 1, zoneAware: false)

  /// By hand: 4 agents writing 100 MB/s send 25 MB/s each, 2.98 batches of 8 MiB a second, under
  /// the 4 flushes: 16 PUT/s. At 200 MB/s each sends 50e6 ÷ 8,388,608 = 5.96 batches: 23.84 PUT/s.
  @Test func uploadsByHand() {
    #expect(Self.formulas.ingestPuts(write: 100e6, agents: 4) == 16)
    #expect(abs(Self.formulas.ingestPuts(write: 200e6, agents: 4) - 23.841_857_910_156_25) <= 1e-12)
  }

  /// The rule N·max(4, W ÷ N ÷ 8 MiB), for 1 to 40 agents: within 20 units in the last place either
  /// side of where the division is spared below (``DisklessFormulas/intervalBoundWrite`` × N, 10⁻⁹
  /// under the exact bound), of the exact bound 4 flushes × 8 MiB × N, and well away from both.
  @Test func uploadsFollowTheRuleAroundTheBound() {
    let spared = Self.formulas.intervalBoundWrite
    #expect(abs(spared - 33_554_432 * (1 - 1e-9)) <= 1e-6)
    for agents in 1...40 {
      let n = Double(agents)
      let bound = 4 * 8_388_608 * n
      for write in (spared * n).neighbours(ulps: 20) + bound.neighbours(ulps: 20) + [0, bound / 2, bound * 2] {
        #expect(Self.formulas.ingestPuts(write: write, agents: agents) == n * max(4, write / n / 8_388_608), "\(write) B/s, \(agents) agents")
      }
    }
  }

  /// The demands are the raw demands ÷ the scale, lane by lane; the vCPU lane is client traffic
  /// (W + F·W + Rc = 420 MB/s) ÷ (42.67 MiB/s × 50 %), the others the NIC's egress and ingress.
  @Test func demandsAreTheRawDemandsOverTheScale() {
    let load = StepSums(write: 100e6, tailRead: 300e6, catchUpRead: 20e6, retained: 0, local: LocalDiskSums())
    let demands = Self.formulas.demands(load)
    #expect(demands[0] == 420e6 / (DataRate.mibps(2_048.0 / 96.0 / 0.5).bytesPerSecond * 0.5))
    #expect(demands == Self.formulas.rawDemands(load) / Self.formulas.demandScale)
    #expect(demands[1] == Self.formulas.networkOut(load) && demands[2] == Self.formulas.networkIn(load) && demands[3] == 0)
  }
}
