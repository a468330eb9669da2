/// A model default together with its unit and where the figure comes from.
///
/// Every default the engine uses is one of these, declared in ``ModelDefaults``,
/// so that the run's assumptions output can print value, unit and source.
public struct Documented<Value: Sendable>: Sendable {
  public let value: Value
  /// The unit as printed in assumptions.csv (e.g. "fraction", "bytes", "PUT/s per MB/s").
  public let unit: String
  /// Where the figure comes from: a section of docs/model.md, an original source (URL), or a stated assumption.
  public let source: String
  /// True where docs/model.md §7 marks the figure uncertain (published sources disagree).
  public let uncertain: Bool
  /// For an uncertain figure, the plausible range sensitivity varies it over, and where it comes from.
  public let range: (low: Value, high: Value, source: String)?

  public init(
    _ value: Value, unit: String, source: String, uncertain: Bool = false, range: (low: Value, high: Value, source: String)? = nil
  ) {
    self.value = value
    self.unit = unit
    self.source = source
    self.uncertain = uncertain
    self.range = range
  }
}
