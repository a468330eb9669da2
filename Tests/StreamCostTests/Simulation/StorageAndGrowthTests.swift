import Foundation
import Testing

@testable import StreamCost

/// Storage over time and growth month by month.
struct StorageAndGrowthTests {
  /// Records each step's cost per category, for one architecture.
  struct Costs: TimelineSink {
    var block: [Double] = []
    var object: [Double] = []
    mutating func accept(_ record: StepRecord) {
      block.append(record.cost[CostCategory.blockStorage.rank])
      object.append(record.cost[CostCategory.objectStorage.rank])
    }
  }

  static func threeDays(_ spec: ArchitectureSpec) -> Scenario {
    // Workload A (T = 1 d) over 3 days at 1-hour steps, ×2 during the second day.
    SimulatorTests.scenario(
      Workloads.a(), architectures: [spec], horizon: .days(3), step: .hours(1),
      profile: LoadProfile([.spikes([Spike(start: .days(1), duration: .days(1), multiplier: 2)])]))
  }

  /// Broker volumes only grow: during the doubled day the bytes held, and so the gp3 volumes,
  /// grow; when the load falls back the volumes stay at their largest (per-broker throughput stays
  /// inside the included 125 MiB/s, so block cost is storage alone).
  @Test func blockStorageNeverShrinks() throws {
    let spec = SimulatorTests.named(.kafka(BrokerLocalConfig()), instance: "r6i.xlarge")
    var costs = Costs()
    _ = try Simulator(book: TestBook.book).run(Self.threeDays(spec), timeline: &costs)
    #expect(zip(costs.block, costs.block.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(costs.block.last! > costs.block.first!)
    #expect(costs.block.last! == costs.block[47])
  }

  /// Object storage follows what is retained: it doubles over the doubled day (1-day retention)
  /// and returns to its first value once that day has left the window.
  @Test func objectStorageFollowsRetention() throws {
    let spec = SimulatorTests.named(.sharedStorage(SharedStorageConfig()), instance: "r6i.xlarge")
    var costs = Costs()
    _ = try Simulator(book: TestBook.book).run(Self.threeDays(spec), timeline: &costs)
    let first = costs.object[0]
    #expect(abs(costs.object[47] / first - 2) < 1e-9)
    #expect(abs(costs.object[71] / first - 1) < 1e-9)
  }

  /// 5 %/month compounding over 12 months of 730 h at 1-hour steps: every step of month m + 1 writes
  /// exactly 1.05 × the matching step of month m, so tiered Kafka's segment-upload PUTs (W ÷ 1 GiB × 45)
  /// grow by 1.05 a month, and month 12 is 1.05^11 = 1.710339358… × month 1.
  @Test func growthCompoundsMonthByMonth() throws {
    let spec = SimulatorTests.named(.kafkaTiered(BrokerLocalConfig(), TieringConfig()), instance: "r6i.xlarge")
    let scenario = SimulatorTests.scenario(
      Workloads.a(), architectures: [spec], horizon: .hours(12 * 730), profile: LoadProfile([.growth(perMonth: 0.05)]))
    let result = try SimulatorTests.run(scenario)
    #expect(result.months.count == 12)
    let puts = try result.months.map { month in
      try #require(month.results[0].lines.first { $0.description == "Segment uploads (PUT)" }).quantity
    }
    let ratios = zip(puts, puts.dropFirst()).map { NSDecimalNumber(decimal: $1 / $0).doubleValue }
    #expect(ratios.allSatisfy { abs($0 - 1.05) < 1e-9 })
    #expect(abs(NSDecimalNumber(decimal: puts[11] / puts[0]).doubleValue - 1.710_339_358_6) < 1e-8)
    // The first month's PUTs: each hour takes growth's mean over it (docs/model.md §5), so the
    // month adds the integral of 100 MiB/s × 1.05^(t/730 h) over 730 h, 730 h × 0.05 ÷ ln 1.05,
    // ÷ 1 GiB × 45 × 3,600 s.
    let expected = 104_857_600.0 / 1_073_741_824.0 * 45 * 3_600 * 730 * 0.05 / log(1.05) / 1_000
    #expect(abs(NSDecimalNumber(decimal: puts[0]).doubleValue - expected) < 1e-3)
  }
}
