import Foundation
import StreamCostTestSupport
import Testing

@testable import StreamCost

/// Issue 15 B, *one peak*: a `peak` design reports one count, the count it runs: the table's
/// peak (the sizing's count), `sizing.csv`'s count and the most nodes running in the timeline.
struct OnePeakTests {
  /// 200 seeded scenarios mixing profiles, retentions, steps and every architecture, each run
  /// under the `peak` policy: sizing count == totals' peak == the timeline's most running.
  @Test func peakSizingAndTimelineAgree() throws {
    let cases = ExplainScenarioGenerator.cases(200) { generator, seed in generator.varying(seed: seed) }
    var kinds = Set<Int>()
    for c in cases {
      let scenario = ExplainScenarios.scenario(c, policy: .peak)
      var sink = MostRunningSink()
      let result = try Simulator(book: TestBook.book, parallel: false).run(scenario, timeline: &sink)
      let sizing = result.comparison.results[0].sizing
      #expect(sizing.count == result.totals[0].peakCount, "\(c)")
      #expect(sizing.count == sink.most[0], "\(c)")
      kinds.insert(c.architecture)
    }
    #expect(kinds.count == 4, "every architecture is generated")
  }

  /// The example: 80 MB/s with a 2.5× evening peak and 7-day retention on c7g.large.
  /// The sizing's count is the count run all month (not a steady sizing at 2.5 × 80 MB/s held
  /// for 7 days), and its stored bytes are RF × the bytes held at the binding step plus the
  /// open segments, read through the load series' own sums.
  @Test func storedBytesAreThoseHeldAtTheBindingStep() throws {
    let feed = Feed(name: "events", write: .mbps(80), fanOut: 2, retention: .days(7), partitions: 120)
    let spec = SimulatorTests.named(.kafka(BrokerLocalConfig()), instance: "c7g.large", scaling: ScalingConfig(policy: .peak))
    let scenario = Scenario(
      name: "two-peaks", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: [feed],
      architectures: [spec], time: TimeSettings(horizon: .hours(730), step: .hours(1)),
      profile: LoadProfile([.diurnal(.peak(hour: 20, multiplier: 2.5))]))
    var sink = MostRunningSink()
    let result = try Simulator(book: TestBook.book, parallel: false).run(scenario, timeline: &sink)
    let sizing = result.comparison.results[0].sizing
    #expect(sizing.count == sink.most[0])

    let inputs = RunInputs(scenario: scenario, book: TestBook.book)
    let track = try Simulator(book: TestBook.book, parallel: false).makeTracks(inputs, stepCosts: false)[0]
    let k = try #require(track.peakStep)
    let local = try #require(track.localDisk).sums(k..<(k + 1), inputs.load)[0]
    let stored = try #require(sizing.figures.first { $0.name == "stored bytes on broker disks (S)" })
    // S = RF × held + open segments (docs/model.md §1.1), RF 3.
    #expect(abs(stored.value - (3 * local.retained + local.openSegments)) <= 1e-6 * stored.value)
    // Peak rate × retention × RF (the two-peak figure of the issue) is larger than what is held.
    #expect(stored.value < 3 * 2.5 * 80e6 * 7 * 86_400)
  }
}
