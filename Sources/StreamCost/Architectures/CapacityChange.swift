/// Brokers a load needs: before failure headroom (below it the cluster is short) and with it (what a policy targets).
public struct CapacityNeed: Hashable, Sendable {
  public var needed: Int
  public var target: Int

  public init(needed: Int, target: Int) {
    self.needed = needed
    self.target = target
  }
}

/// What a change of capacity costs in time and traffic (docs/model.md §5, §1.5, §2, §3.5).
public struct CapacityChange: Hashable, Sendable {
  /// Bytes copied between brokers.
  public var bytesMoved: Double
  /// Of those, bytes that cross an AZ boundary (billed out and in).
  public var crossAZBytes: Double
  /// From the decision until the new capacity serves, seconds.
  public var duration: Double

  public init(bytesMoved: Double = 0, crossAZBytes: Double = 0, duration: Double) {
    self.bytesMoved = bytesMoved
    self.crossAZBytes = crossAZBytes
    self.duration = duration
  }
}
