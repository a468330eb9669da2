/// A parameter a run used: its value, unit, whether the scenario set it, and its source.
public struct Assumption: Hashable, Sendable, Codable {
  /// Architecture name, or empty for scenario-wide parameters.
  public var scope: String
  /// Scenario key path, e.g. `topology.azs` or `architectures[2].put_per_mbps`.
  public var name: String
  public var value: String
  public var unit: String
  public var origin: Origin
  public var source: String
  /// docs/model.md §7 marks the figure uncertain.
  public var uncertain: Bool

  public enum Origin: String, Hashable, Sendable, Codable {
    /// Written in the scenario file.
    case scenario
    /// The documented default.
    case `default`
  }

  public init(scope: String, name: String, value: String, unit: String, origin: Origin, source: String, uncertain: Bool = false) {
    self.scope = scope
    self.name = name
    self.value = value
    self.unit = unit
    self.origin = origin
    self.source = source
    self.uncertain = uncertain
  }
}
