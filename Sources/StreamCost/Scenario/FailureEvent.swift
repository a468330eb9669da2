/// A failure the scenario injects: one broker, or a whole AZ, lost at an instant.
public struct FailureEvent: Hashable, Sendable, Codable {
  /// Offset from the simulation start.
  public var at: TimeSpan
  public var lose: Loss

  public enum Loss: Hashable, Sendable, Codable {
    case broker
    /// The AZ with this 0-based index (must be below `topology.azs`).
    case az(Int)
  }

  public init(at: TimeSpan, lose: Loss) {
    self.at = at
    self.lose = lose
  }
}
