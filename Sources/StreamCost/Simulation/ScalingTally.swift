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

  mutating func add(_ event: ScalingEvent) {
    events += 1
    bytesMoved += event.bytesMoved
    if event.reason != .scaleIn { longestLead = max(longestLead ?? event.duration, event.duration) }
  }
}
