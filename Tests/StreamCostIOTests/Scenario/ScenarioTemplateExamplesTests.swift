import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// The commented examples of `streamcost scenario init` must be valid when uncommented, so that a
/// user who enables one gets a scenario that loads. A commented example is a line whose text after
/// `# ` starts with `key:` or `- `; prose comments start otherwise and stay comments.
struct ScenarioTemplateExamplesTests {
  /// The template with every commented example line enabled, keeping its indentation.
  static var uncommented: String {
    ScenarioTemplate.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard let match = line.wholeMatch(of: /( *)# ( *(?:[a-z_]+:|- ).*)/) else { return String(line) }
      return String(match.1 + match.2)
    }.joined(separator: "\n")
  }

  @Test func everyCommentedExampleLoads() throws {
    // Placed in Fixtures/Series, where the example's `events-throughput.csv` lives.
    let file = try TestSupport.fixtures.appendingPathComponent("Series/template.yaml").path
    #expect(Self.uncommented != ScenarioTemplate.text)
    let s = try ScenarioLoader.parse(Self.uncommented, file: file)
    // Values as the examples write them in ScenarioTemplate.text.
    #expect(s.time == TimeSettings(start: 1_767_225_600, horizon: .hours(730), step: .hours(1)))
    #expect(s.profile.components.count == 3)  // diurnal peak, weekly, growth
    #expect(s.events == [FailureEvent(at: .days(10), lose: .broker), FailureEvent(at: .hours(19 * 24 + 9), lose: .az(1))])
    #expect(s.feeds[0].profile.components.count == 3)  // hourly, spikes, series; `- flat` adds nothing
    #expect(s.feeds[0].replay == ReplayJob(every: .days(7), history: .days(2), rate: .mbps(200), first: .days(3)))
    #expect(s.feeds[0].catchUp == CatchUp(rate: .mbps(10), lag: .days(1)))
    #expect(s.architectures[0].scaling == .defaults(for: .kafka))
    #expect(s.architectures[1].scaling.policy == .scheduled)
    #expect(s.architectures[1].scaling.schedule == [ScheduledResize(at: .days(10), count: 12)])
  }

  @Test func theExamplesDocumentEveryNewKey() {
    for key in ["start:", "horizon:", "step:", "profile:", "events:", "replay:", "diurnal:", "hourly:", "weekly:", "spikes:",
      "growth:", "series:", "- flat", "policy:", "schedule:", "throttle:", "instance_start:", "partition_move:", "lose: az"]
    {
      #expect(ScenarioTemplate.text.contains(key), "\(key)")
    }
  }
}
