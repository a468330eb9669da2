import Foundation
import StreamCostTestSupport
import Testing

@testable import StreamCost

/// Issue 15 B, *every line explains itself*: a flat load gives each line the same
/// `x_Assumption` in the steady month and in a simulated month.
struct LineExplanationPropertyTests {
  /// 200 seeded flat scenarios over one 730-hour month (every architecture, retentions and lags
  /// of whole steps, 15-minute to 1-hour steps): line by line, the same text and amount.
  @Test func flatLoadExplainsEachLineAsTheSteadyMonth() throws {
    let cases = ExplainScenarioGenerator.cases(200, from: 1_000) { generator, seed in generator.flatMonth(seed: seed) }
    for c in cases {
      let scenario = ExplainScenarios.scenario(c)
      let steady = try CostEngine(book: TestBook.book).compare(scenario).results[0]
      var sink = DiscardingSink()
      let simulated = try Simulator(book: TestBook.book, parallel: false).run(scenario, timeline: &sink).comparison.results[0]
      #expect(steady.lines.count == simulated.lines.count, "\(c)")
      for (s, t) in zip(steady.lines, simulated.lines) {
        #expect(s.description == t.description, "\(c)")
        #expect(s.assumption == t.assumption, "\(c)")
        #expect(!t.assumption.isEmpty && !t.assumption.hasPrefix("simulated"), "\(c)")
      }
    }
  }
}
