import Foundation

/// A change of capacity (or a failure) on one architecture during the simulation.
public struct ScalingEvent: Hashable, Sendable, Codable {
  public enum Reason: String, Hashable, Sendable, Codable {
    /// Demand rose above what runs (reactive).
    case scaleOut = "scale-out"
    /// Demand stayed below what runs for a whole lead time (reactive).
    case scaleIn = "scale-in"
    /// A scheduled resize.
    case scheduled
    /// A broker or agent was lost and replaced.
    case brokerFailure = "broker-failure"
    /// An AZ was lost and its brokers replaced.
    case azFailure = "az-failure"
  }

  /// Index of the architecture in the scenario, and its name.
  public var architecture: Int
  public var architectureName: String
  /// When the change was decided, seconds from the simulation start.
  public var offset: Double
  public var reason: Reason
  public var before: Int
  public var after: Int
  /// Bytes copied between brokers (partition moves or re-replication).
  public var bytesMoved: Double
  /// From the decision until the new capacity serves, seconds.
  public var duration: Double
  /// Of `bytesMoved`, the bytes that crossed AZs, and what they cost (out + in, first-tier price).
  public var crossAZBytes: Double
  public var crossAZCost: Decimal
  /// Hours, within this event's duration, that the cluster ran short of capacity.
  public var hoursShort: Double

  public init(
    architecture: Int, architectureName: String, offset: Double, reason: Reason, before: Int, after: Int,
    bytesMoved: Double, duration: Double, crossAZBytes: Double, crossAZCost: Decimal, hoursShort: Double
  ) {
    self.architecture = architecture
    self.architectureName = architectureName
    self.offset = offset
    self.reason = reason
    self.before = before
    self.after = after
    self.bytesMoved = bytesMoved
    self.duration = duration
    self.crossAZBytes = crossAZBytes
    self.crossAZCost = crossAZCost
    self.hoursShort = hoursShort
  }
}
