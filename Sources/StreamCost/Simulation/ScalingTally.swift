/// What a run's totals read of an architecture's scaling events, added up as they happen: so a
/// run that keeps no event list (a sweep's) still reports how many there were, the bytes they
/// moved and the longest lead time.
struct ScalingTally: Sendable {
  var events = 0
  /// Bytes moved or re-replicated by all events.
  var bytesMoved = 0.0
  /// The longest time, s, a scale-out, scheduled resize or recovery took (scale-ins excepted:
  /// nothing waits on them); nil before the first.
  var longestLead: Double?

  /// Adds a listed event (what a run with detail lists is what its tally counts).
  mutating func add(_ event: ScalingEvent) { add(event.reason, event.bytesMoved, duration: event.duration) }

  /// Adds an event of `reason` that moved `bytesMoved` and took `duration` seconds, without the
  /// event itself (a run without detail makes none).
  mutating func add(_ reason: ScalingEvent.Reason, _ bytesMoved: Double, duration: Double) {
    events += 1
    self.bytesMoved += bytesMoved
    if reason != .scaleIn { longestLead = max(longestLead ?? duration, duration) }
  }
}
