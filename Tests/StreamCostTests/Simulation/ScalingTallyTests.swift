import Testing

@testable import StreamCost

/// A run's totals read the tally of its scaling events: their number, the bytes they moved, and
/// the longest lead time of those something waits on (scale-ins excepted).
struct ScalingTallyTests {
  static func event(_ reason: ScalingEvent.Reason, moved: Double, duration: Double) -> ScalingEvent {
    ScalingEvent(
      architecture: 0, architectureName: "kafka", offset: 0, reason: reason, before: 6, after: 9, bytesMoved: moved,
      duration: duration, crossAZBytes: 0, crossAZCost: 0, hoursShort: 0)
  }

  /// A scale-out (2 TB, 5,000 s), a scale-in (1 TB, 9,000 s) and a broker failure (0.5 TB,
  /// 7,000 s): 3 events, 3.5 TB moved, longest lead 7,000 s (the scale-in's 9,000 s does not count).
  @Test func handWorkedTally() {
    var tally = ScalingTally()
    #expect(tally.events == 0 && tally.bytesMoved == 0 && tally.longestLead == nil)
    tally.add(Self.event(.scaleOut, moved: 2e12, duration: 5_000))
    tally.add(Self.event(.scaleIn, moved: 1e12, duration: 9_000))
    tally.add(Self.event(.brokerFailure, moved: 0.5e12, duration: 7_000))
    #expect(tally.events == 3)
    #expect(tally.bytesMoved == 3.5e12)
    #expect(tally.longestLead == 7_000)
  }

  /// Only scale-ins: no lead time.
  @Test func scaleInsAloneLeadNowhere() {
    var tally = ScalingTally()
    tally.add(Self.event(.scaleIn, moved: 1, duration: 60))
    #expect(tally.events == 1 && tally.longestLead == nil)
  }
}
