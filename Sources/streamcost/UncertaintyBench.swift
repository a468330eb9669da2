import Foundation
import StreamCost
import StreamCostIO

/// `streamcost bench --uncertainty N`: a Monte Carlo run of N samples of a year at 1-hour steps,
/// every architecture, timed end to end with the precision stop turned off (every sample drawn).
///
/// Uncertain inputs: the first feed's write (lognormal, p10/p50/p90 at 0.75×/1×/1.5× the
/// scenario's), the documented model parameters, and the compute and object-request price
/// factors (p10/p50/p90 0.9/1/1.2), the write and the compute price rank-correlated 0.5, so that
/// every part of the sampler is timed.
struct UncertaintyBench {
  var scenario: String
  var pricing: PricingOptions
  var horizon: String
  var samples: Int
  var jobs: Int

  /// Spread of the benchmark's write and price inputs (assumption: a plausible year-ahead spread).
  static let writeQuantiles = (p10: 0.75, p50: 1.0, p90: 1.5)
  static let priceQuantiles = (p10: 0.9, p50: 1.0, p90: 1.2)
  static let correlation = 0.5

  func plan(_ template: SweepTemplate) throws -> UncertaintyPlan {
    let base = template.base.scenario
    let write = base.feeds[0].write.bytesPerSecond
    let w = Self.writeQuantiles
    var inputs = [
      UncertainInput(
        name: "feeds.\(base.feeds[0].name).write", target: .feedKey(feed: 0, key: "write"),
        distribution: .fitted(p10: w.p10 * write, p50: w.p50 * write, p90: w.p90 * write),
        like: SweepQuantity(.rate, 0, unit: " MB/s", unitSize: 1e6), source: "benchmark")
    ]
    inputs += UncertainInput.modelParameters(for: Set(base.architectures.map(\.kind)))
    let p = Self.priceQuantiles
    for group in [PriceGroup.compute, .objectRequests] {
      inputs.append(
        UncertainInput(
          name: "price.\(group.rawValue)", target: .price(group), distribution: .fitted(p10: p.p10, p50: p.p50, p90: p.p90),
          like: SweepQuantity(.number, 1, unit: "×"), source: "benchmark"))
    }
    let compute = inputs.firstIndex { $0.name == "price.compute" }!
    return try UncertaintyPlan(inputs: inputs, correlations: [.init(first: 0, second: compute, value: Self.correlation)])
  }

  func run() async throws {
    let template = try SweepTemplate.load(scenario) { try pricing.book(for: $0, scenarioFile: scenario) }
    var run = UncertaintyRun(template: template, plan: try plan(template))
    run.fixed = [try setting("horizon", horizon, template), try setting("step", "1h", template)]
    var options = UncertaintyRun.Options()
    options.samples = samples
    options.precision = 0
    options.jobs = jobs
    let architectures = template.base.scenario.architectures.count
    print("streamcost bench --uncertainty: \(template.base.scenario.name), \(samples) samples × \(architectures) architectures, \(run.plan.inputs.count) inputs, horizon \(horizon) at 1h steps, \(jobs) job(s)")
    let began = SweepBench.now()
    let result = try await run.run(options, progress: SweepProgress("bench", total: samples).tick)
    let wall = SweepBench.now() - began
    print("uncertainty: \(result.samples.count) samples in \(Format.number(wall, places: 2)) s wall, \(Format.number(Double(result.samples.count) / wall, places: 1)) samples/s")
    print("peak memory \(Format.number(StreamCostCommand.Bench.peakMemoryMB(), places: 1)) MB")
  }

  func setting(_ key: String, _ text: String, _ template: SweepTemplate) throws -> SweepSetting {
    SweepSetting(path: try template.resolve(key), text: text, origin: "bench \(key)=\(text)")
  }
}
