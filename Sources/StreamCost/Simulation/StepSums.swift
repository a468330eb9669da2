/// The sums over the feeds that a step's formulas read, for one step of a simulation: the
/// cluster's rates (bytes/s), the bytes it retains (one copy) and, for a broker-local design,
/// its local-disk sums (``LoadSeries/sums(_:local:)``); the step formulas read nothing else.
struct StepSums: Sendable {
  /// W, bytes/s.
  var write: Double
  /// Σ F·W, bytes/s.
  var tailRead: Double
  /// Rc with replays, bytes/s.
  var catchUpRead: Double
  /// Σ over feeds of the bytes written over each retention, one copy.
  var retained: Double
  /// Broker-local designs only (zeros for the others, which never read them).
  var local: LocalDiskSums
}
