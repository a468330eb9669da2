import Foundation
import StreamCost
import StreamCostIO

/// `streamcost bench --sweep N`: a sweep of about N combinations of a year at 1-hour steps, every
/// architecture, timed end to end, with the time of one combination split into its parts.
struct SweepBench {
  var scenario: String
  var pricing: PricingOptions
  var horizon: String
  var combinations: Int
  var jobs: Int

  /// Retention 6 h, 7 h, … (up to 100 values; kafka-tiered keeps 6 h locally) × total write from 20 MB/s by ×1.03 (the rest).
  func axes() throws -> [SweepAxis] {
    let retentions = max(1, min(100, combinations))
    let writes = max(1, combinations / retentions)
    let top = 20 * pow(1.03, Double(writes - 1)) * (1 + 1e-6)
    return [
      try SweepAxis.parse("horizon=\(horizon)"), try SweepAxis.parse("step=1h"),
      try SweepAxis.parse("feeds[0].retention=6h..\(retentions + 5)h:1h"),
      try SweepAxis.parse("workload.write=20MB/s..\(Format.number(top, places: 6))MB/s:x1.03"),
    ]
  }

  func run() async throws {
    let grid = try SweepGrid(axes: try axes())
    let template = try SweepTemplate.load(scenario) { try pricing.book(for: $0, scenarioFile: scenario) }
    let run = try SweepRun(template: template, grid: grid)
    let architectures = template.base.scenario.architectures.count
    print("streamcost bench --sweep: \(TerminalText.escaped(template.base.scenario.name)), \(grid.count) combinations × \(architectures) architectures, horizon \(horizon) at 1h steps, \(jobs) job(s)")

    // One worker, a few combinations, each part timed on its own.
    let sample = min(grid.count, 20)
    let worker = try template.makeWorker()
    var decode = 0.0
    var simulate = 0.0
    var extract = 0.0
    for index in 0..<sample {
      let t0 = Self.now()
      let document = try worker.document(run.settings(index))
      let t1 = Self.now()
      var sink = DiscardingSink()
      let result = try document.simulated(with: template.book, timeline: &sink, parallel: false, detailed: false)
      let t2 = Self.now()
      _ = SweepOutcome(result)
      let t3 = Self.now()
      decode += t1 - t0
      simulate += t2 - t1
      extract += t3 - t2
    }
    let total = decode + simulate + extract
    func share(_ part: Double) -> String {
      "\(Format.number(part / Double(sample) * 1_000, places: 3)) ms (\(Format.number(part / total * 100, places: 1))%)"
    }
    print("one combination, mean of \(sample) on one core:")
    print("  settings + YAML read + validation   \(share(decode))")
    print("  Simulator.run (all architectures)   \(share(simulate))")
    print("  outcome (totals, categories)        \(share(extract))")

    let began = Self.now()
    let outcomes = try await run.outcomes(jobs: jobs, progress: SweepProgress("bench", total: grid.count).tick)
    let wall = Self.now() - began
    let rate = Double(outcomes.count) / wall
    print("sweep: \(outcomes.count) combinations in \(Format.number(wall, places: 2)) s wall, \(Format.number(rate, places: 1)) combinations/s, \(Format.number(wall * Double(jobs) / Double(outcomes.count) * 1_000, places: 2)) ms per combination per job")
    print("peak memory \(Format.number(StreamCostCommand.Bench.peakMemoryMB(), places: 1)) MB")
  }

  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
