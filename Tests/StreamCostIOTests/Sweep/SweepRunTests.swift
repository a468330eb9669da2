import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Sweeps end to end through the scenario reader and the simulator.
struct SweepRunTests {
  static func template(_ name: String = "crossover-retention.yaml") throws -> SweepTemplate {
    let file = try TestSupport.fixtures.appendingPathComponent("Sweep/\(name)").path
    return try SweepTemplate.load(file) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
  }

  /// The retention at which kafka and shared-storage cost the same, by hand.
  ///
  /// Prices from pricing/aws/us-east-1/2026-07-20/rates.csv: gp3 $0.08/GiB-month, S3 Standard
  /// $0.023/GiB-month, PUT $0.005 and GET $0.0004 per 1,000. Month = 730 h = 2,628,000 s.
  /// W = 20 MB/s = 20e6 / 2^30 = 0.018626451 GiB/s. One AZ and RF 1: no cross-AZ line. Both run
  /// 2 × m6i.large brokers and 3 m6i.large controllers, so compute cancels.
  ///
  ///   kafka gp3 (docs/model.md §1, S = W·T·RF + one open 1 GiB segment per partition, / U_disk 0.7):
  ///     0.08 × (0.018626451·T + 12) / 0.7      = 0.0021287373·T + 1.3714286   $/month
  ///   shared-storage (docs/model.md §3):
  ///     S3: 0.023 × 0.018626451·T              = 0.00042840837·T
  ///     WAL: 2 brokers × 10 GiB × 0.08         = 1.60
  ///     PUT: 0.203/s per MB/s × 20 = 4.06/s (above the floor of 1/s × 2 brokers)
  ///          × 2,628,000 s = 10,669,680 × 0.005/1000 = 53.3484
  ///     GET: 0.296 × 20 = 5.92/s × 2,628,000 = 15,557,760 × 0.0004/1000 = 6.223104
  ///     fixed: 1.60 + 53.3484 + 6.223104       = 61.171504
  ///   equal when T = (61.171504 − 1.3714286) / (0.0021287373 − 0.00042840837)
  ///                = 59.800075 / 0.0017003289 ≈ 35,170 s ≈ 9.77 h
  ///
  /// Every line scales with the horizon alike, so the 24 h fixture has the same crossover.
  static let handCrossover = 59.800075 / 0.0017003289

  @Test func theRetentionCrossoverMatchesTheHandComputation() async throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("feeds.events.retention=4h..16h:4h")])
    let run = try SweepRun(template: try Self.template(), grid: grid)
    let outcomes = try await run.outcomes(jobs: 2)
    #expect(outcomes.map { $0.architectures.map(\.peakCount) } == Array(repeating: [2, 2], count: 4))
    #expect(outcomes.map { $0.cheapest } == [0, 0, 1, 1])
    let crossovers = try await run.crossovers(outcomes, jobs: 2)
    #expect(crossovers.count == 1)
    let c = try #require(crossovers.first)
    #expect(c.cheapestBelow == "kafka")
    #expect(c.cheapestAbove == "shared-storage")
    let value = try #require(c.value?.value)
    #expect(abs(value - Self.handCrossover) / Self.handCrossover < 0.01, "\(value) s vs \(Self.handCrossover) s")
    #expect(c.bracketHigh!.value - c.bracketLow!.value <= 0.01 * c.bracketHigh!.value)
    #expect(c.ratioBelow > 1 && c.ratioAbove > 1)
  }

  @Test func outputIsIdenticalWhateverTheJobCount() async throws {
    let template = try Self.template()
    let grid = try SweepGrid(axes: [
      try SweepAxis.parse("feeds.events.retention=2h..20h:x1.5"), try SweepAxis.parse("feeds.events.write=10MB/s,20MB/s,40MB/s"),
    ])
    let run = try SweepRun(template: template, grid: grid)
    var files: [String] = []
    for jobs in [1, 2, 3] {
      let outcomes = try await run.outcomes(jobs: jobs)
      let crossovers = try await run.crossovers(outcomes, jobs: jobs)
      files.append(SweepCSV.sweep(run, outcomes: outcomes) + SweepCSV.crossover(run, crossovers: crossovers))
    }
    #expect(files[0] == files[1])
    #expect(files[0] == files[2])
    #expect(files[0].hasPrefix(
      "combination,feeds.events.retention,feeds.events.retention_value,feeds.events.write,feeds.events.write_value,architecture,type,rank,monthly_cost,compute,block_storage,"))
  }

  @Test func sensitivityFlagsAConstructedRankingFlip() async throws {
    // At 9 h kafka is cheaper by (35,170 − 32,400) s × 0.0017 ≈ $4.7 a month (see above). Twice the
    // gp3 price adds ≈ $70 to kafka only: shared-storage becomes cheapest. Compute is the same
    // for both, so scaling it cannot flip the ranking.
    let run = SensitivityRun(template: try Self.template(), parameters: SensitivityParameter.catalog)
    #expect(run.skipped == ["throughput_per_vcpu", "compaction_levels"])
    let (base, low, high) = try await run.outcomes(jobs: 2)
    let tornado = Tornado(parameters: run.parameters.map(\.name), base: base, low: low, high: high)
    let flips = Dictionary(uniqueKeysWithValues: tornado.flips.map { ($0.parameter, $0) })
    #expect(flips["price.block_storage"]?.cheapestBase == "kafka")
    #expect(flips["price.block_storage"]?.cheapestHigh == "shared-storage")
    #expect(flips["price.block_storage"]?.flips == true)
    #expect(flips["price.compute"]?.flips == false)
    #expect(flips["instance_start"]?.flips == false)
    #expect(tornado.anyFlip)
    // kafka's tornado: compute (the same for both) swings most, then block storage; its request
    // assumptions do not touch kafka at all.
    #expect(tornado.bars[0].prefix(2).map(\.parameter) == ["price.compute", "price.block_storage"])
    #expect(tornado.bars[0].first { $0.parameter == "put_per_mbps" }?.swing == 0)
    let csv = SweepCSV.sensitivity(run, tornado: tornado)
    #expect(csv.hasPrefix(SweepCSV.sensitivityColumns.joined(separator: ",") + "\r\n"))
    #expect(csv.contains("price.block_storage,kafka,0.5×,1×,2×,"))
  }
}
