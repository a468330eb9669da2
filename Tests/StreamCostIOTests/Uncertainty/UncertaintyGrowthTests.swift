import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A load profile's `growth` given as `{p10, p50, p90}`: `compare` takes the p50, `uncertainty`
/// draws a normal fitted to the three rates (rates may be 0 or negative), and the draw reaches the
/// simulated scenario.
struct UncertaintyGrowthTests {
  static let fixture = "growth-quantiles.yaml"

  static func growth(_ profile: LoadProfile) -> [Double] {
    profile.components.compactMap { component -> Double? in
      if case .growth(let rate) = component { return rate }
      return nil
    }
  }

  /// The cluster's rates 0/2/5 %/month: mean 0.02, σ = max(0.02, 0.03) / Φ⁻¹(0.9); the feed's
  /// −1/0/1 %/month: mean 0, σ = 0.01 / Φ⁻¹(0.9). Both named as samples.csv names them.
  @Test func growthQuantilesAreReadAsFittedNormals() throws {
    let template = try UncertaintyReaderTests.template(Self.fixture)
    #expect(Self.growth(template.base.scenario.profile) == [0.02])
    #expect(Self.growth(template.base.scenario.feeds[0].profile) == [0])
    let plan = try UncertaintyReader.plan(template)
    #expect(plan.inputs.map(\.name) == ["profile.growth", "feeds.events.growth"])
    #expect(plan.inputs[0].distribution == .normal(mean: 0.02, sigma: 0.03 / UncertainDistribution.z90))
    #expect(plan.inputs[1].distribution == .normal(mean: 0, sigma: 0.01 / UncertainDistribution.z90))
    #expect(plan.inputs[0].target == .growth(feed: nil, component: 1))
    #expect(plan.inputs[1].target == .growth(feed: 0, component: 0))
  }

  /// 400 Latin hypercube draws of the cluster's growth: each of the sample's P10, P50 and P90 lies
  /// within three binomial standard errors of rank of the fitted normal's (√(p(1−p)/n)); the P90
  /// is that of the wider tail, 5 %/month, and the P10 the widened one, 2 % − 3 % = −1 %/month.
  @Test func sampledGrowthMatchesTheFittedNormal() async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template(Self.fixture))
    let result = try await run.run(UncertaintyRunTests.options(samples: 400))
    let fitted = run.plan.inputs[0].distribution
    #expect(abs(fitted.quantile(0.9) - 0.05) < 1e-12)
    #expect(abs(fitted.quantile(0.1) - -0.01) < 1e-12)
    let q = SampleQuantiles(result.samples.map { $0[0] })
    for p in [0.1, 0.5, 0.9] {
      let half = 3 * (p * (1 - p) / 400).squareRoot()
      #expect(q.quantile(p) >= fitted.quantile(p - half) && q.quantile(p) <= fitted.quantile(p + half), "P\(Int(p * 100))")
    }
    #expect(result.samples.contains { $0[0] < 0 }, "a normal draws rates below 0 %/month too")
  }

  /// A drawn rate is what the simulated scenario's profile holds (to the nine decimals of the
  /// percentage written into it), for the cluster's profile and the feed's.
  @Test func theDrawnRateReachesTheScenario() throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template(Self.fixture))
    let inputs = run.inputs([-0.0123456789, 0.031], sample: 0)
    let scenario = try run.template.makeWorker().document(inputs.settings).scenario
    let cluster = try #require(Self.growth(scenario.profile).first)
    let feed = try #require(Self.growth(scenario.feeds[0].profile).first)
    #expect(abs(cluster - -0.0123456789) < 1e-11)
    #expect(abs(feed - 0.031) < 1e-11)
  }

  /// A draw below the floor is raised to it: the scenario accepts rates above −100 %/month only.
  @Test func aDrawBelowTheFloorIsRaisedToIt() throws {
    let plan = try UncertaintyReader.plan(try UncertaintyReaderTests.template(Self.fixture))
    var input = plan.inputs[0]
    input.distribution = .normal(mean: 0, sigma: 10)
    #expect(input.value(at: 0.001) == ModelDefaults.uncertaintyGrowthFloor.value)
    #expect(abs(input.value(at: 0.5)) < 1e-12)
  }

  /// Bad growth quantiles are refused by every reader, naming the file, line and key.
  @Test func badGrowthQuantilesAreRefused() throws {
    let source = try TestSupport.fixtures.appendingPathComponent("Uncertainty/\(Self.fixture)")
    let text = try String(contentsOf: source, encoding: .utf8)
    let cases = [
      ("{p10: -100%/month, p50: 2%/month, p90: 5%/month}", "must be above -100%/month"),
      ("{p10: 3%/month, p50: 2%/month, p90: 5%/month}", "the quantiles are out of order"),
      ("{p10: 0%/month, p50: 2%/month}", "required but missing"),
      ("{p10: 0%, p50: 2%/month, p90: 5%/month}", "expected '<percent>%/month'"),
    ]
    for (written, expected) in cases {
      let edited = text.replacingOccurrences(of: "{p10: 0%/month, p50: 2%/month, p90: 5%/month}", with: written)
      let file = try TestSupport.temporaryDirectory().appendingPathComponent("growth.yaml")
      try edited.write(to: file, atomically: true, encoding: .utf8)
      var problem = ""
      do {
        _ = try ScenarioLoader.parseDocument(edited, file: file.path)
        Issue.record("\(written) was accepted")
      } catch {
        problem = "\(error)"
      }
      #expect(problem.contains("growth.yaml:11: profile[1].growth"), "\(written): \(problem)")
      #expect(problem.contains(expected), "\(written): \(problem)")
    }
  }
}
