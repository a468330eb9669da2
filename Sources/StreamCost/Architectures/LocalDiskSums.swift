/// The three per-feed sums behind broker-local Kafka's load (docs/model.md §1–2), each added in
/// feed order: bytes held on broker disks (one copy), catch-up reads served from object storage,
/// and the open-segment allowance.
///
/// ``BrokerLocalLoad`` sums them from a workload's feeds; the simulator sums them from its
/// load arrays, a block of steps at a time, and sets each step's on the workload, so a step
/// reads no feed.
struct LocalDiskSums: Hashable, Sendable {
  /// Σ bytes each feed holds over its local retention, one copy.
  var retained = 0.0
  /// Σ catch-up rate of feeds whose lag exceeds their local retention (tiered Kafka only), bytes/s.
  var remoteCatchUp = 0.0
  /// Σ P·RF·min(segment.bytes, w_p·segment.ms): up to one open segment per partition replica (docs/model.md §1.1), bytes.
  var openSegments = 0.0

  /// Adds one feed: `held` bytes kept locally, writing `write` bytes/s with `segments` open,
  /// with catch-up `catchUp` of which the part older than `keep` is remote when `tiered`.
  @inline(__always)
  mutating func add(held: Double, write: Double, segments: OpenSegments, catchUp: CatchUp?, keep: TimeSpan, tiered: Bool) {
    if tiered, let c = catchUp, c.lag > keep { remoteCatchUp += c.rate.bytesPerSecond }
    retained += held
    openSegments += segments.bytes(write: write)
  }
}
