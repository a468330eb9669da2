import Foundation
import Testing

@testable import StreamCost

/// The local-disk sums a simulation works out from its load arrays (LocalDiskPlan) against the
/// ones broker-local Kafka sums from a workload's feeds (BrokerLocalLoad.sums), on a flat load,
/// where a step's history is the steady state.
struct LocalDiskPlanTests {
  /// Workloads A and B together: two feeds, one with catch-up reads 2 d back (older than TL).
  static let workload = Workload(feeds: Workloads.a().feeds + Workloads.b().feeds, topology: Workloads.a().topology)

  static func sums(_ config: ArchitectureSpec.Config) throws -> (plan: [LocalDiskSums], steady: LocalDiskSums) {
    let spec = ArchitectureSpec(config: config)
    let scenario = SimulatorTests.scenario(Self.workload, architectures: [spec], horizon: .days(10))
    let grid = TimeGrid(scenario.time)
    let load = LoadSeries(scenario: scenario, grid: grid)
    let plan = try #require(LocalDiskPlan(spec.deployment(TestBook.book.facts, clients: scenario.topology.clients), scenario: scenario, grid: grid))
    let (broker, tiering): (BrokerLocalConfig, TieringConfig?) =
      switch config {
      case .kafka(let broker): (broker, nil)
      case .kafkaTiered(let broker, let tiering): (broker, tiering)
      default: throw PlanMissing()
      }
    return (plan.sums(0..<grid.count, load), BrokerLocalLoad.sums(Self.workload, config: broker, tiering: tiering))
  }

  struct PlanMissing: Error {}

  /// Open segments and remote catch-up use the same inputs at every step: equal exactly. The bytes
  /// held are a sum of hourly writes against W·window in one product: equal to 1e-12.
  @Test(arguments: [
    ArchitectureSpec.Config.kafka(BrokerLocalConfig()),
    ArchitectureSpec.Config.kafkaTiered(BrokerLocalConfig(), TieringConfig()),
  ])
  func flatLoadGivesTheSteadySums(_ config: ArchitectureSpec.Config) throws {
    let (plan, steady) = try Self.sums(config)
    #expect(plan.count == 240)
    for k in [0, 23, 24, 167, 168, 239] {
      #expect(plan[k].openSegments == steady.openSegments, "step \(k)")
      #expect(plan[k].remoteCatchUp == steady.remoteCatchUp, "step \(k)")
      #expect(abs(plan[k].retained - steady.retained) <= 1e-12 * steady.retained, "step \(k)")
    }
  }

  /// By hand: tiered Kafka keeps TL = 6 h of each feed (6 h < 1 d and 7 d): 100 MiB/s and 50 MB/s
  /// for 21,600 s; B's catch-up (20 MB/s, 2 d back) is older than TL, so it is remote; plain
  /// Kafka keeps everything and reads nothing remotely.
  @Test func tieredSumsByHand() throws {
    let (tiered, _) = try Self.sums(.kafkaTiered(BrokerLocalConfig(), TieringConfig()))
    let held = (104_857_600.0 + 50_000_000) * 21_600
    #expect(abs(tiered[100].retained - held) <= 1e-12 * held)
    #expect(tiered[100].remoteCatchUp == 20_000_000)
    let (kafka, _) = try Self.sums(.kafka(BrokerLocalConfig()))
    #expect(kafka[100].remoteCatchUp == 0)
    let all = 104_857_600.0 * 86_400 + 50_000_000 * 604_800
    #expect(abs(kafka[200].retained - all) <= 1e-12 * all)
  }
}
