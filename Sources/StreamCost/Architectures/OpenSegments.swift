/// One feed's open-segment allowance on broker disks (docs/model.md §1.1): up to one open segment per
/// partition replica, P·RF·min(segment.bytes, w_p·segment.ms), with w_p = W ÷ P.
///
/// Made once per feed, so that the simulator's every step spares the division when the feed
/// writes fast enough for `segment.bytes` to bind (the usual case: 1 GiB over 7 days is under
/// 2 KB/s a partition); the allowance is the same either way.
struct OpenSegments: Sendable {
  let partitions: Double
  /// P·RF: partition replicas.
  let replicas: Double
  let segmentBytes: Double
  let segmentSeconds: Double
  /// P·RF·segment.bytes: every replica's segment full.
  let full: Double
  /// Feed write rates (bytes/s) at or above which `segment.bytes` certainly binds: segment.bytes ×
  /// P ÷ segment.ms, raised by ``margin`` past any rounding of the quotient w_p·segment.ms.
  let fullAbove: Double

  /// How far (relatively) ``fullAbove`` sits above the exact bound: far above floating-point
  /// rounding (about 10⁻¹⁶). Not a model figure: any such margin gives the same allowance.
  static let margin = 1e-9

  init(partitions: Double, rf: Double, config: borrowing BrokerLocalConfig) {
    self.partitions = partitions
    replicas = partitions * rf
    segmentBytes = config.segmentBytes.bytes
    segmentSeconds = config.segmentTime.seconds
    full = replicas * segmentBytes
    fullAbove = segmentBytes * partitions / segmentSeconds * (1 + Self.margin)
  }

  /// The allowance, bytes, for a feed writing `write` bytes/s.
  @inline(__always)
  func bytes(write: Double) -> Double {
    if write >= fullAbove { return full }
    return replicas * min(segmentBytes, write / partitions * segmentSeconds)
  }
}
