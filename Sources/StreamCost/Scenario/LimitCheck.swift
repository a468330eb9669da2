/// Collects the ``ScenarioIssue``s of values past an ``InputLimit``, each naming its key and bound.
///
/// Messages read `feeds[0].fan_out: 9223372036854775807 is above the limit of 10,000`. Keys and
/// shown values are autoclosures: a sweep validates every combination, and building those strings
/// for the checks that pass took about a seventh of its time.
public struct LimitCheck: Sendable {
  public private(set) var issues: [ScenarioIssue] = []

  public init() {}

  /// Refuses `value` above `limit`; `shown` is how the value is written in the message.
  public mutating func atMost<V>(_ key: @autoclosure () -> String, _ value: V, _ limit: InputLimit<V>, shown: @autoclosure () -> String? = nil) {
    if value > limit.value { issues.append(Self.above(key(), shown() ?? "\(value)", limit.text)) }
  }

  /// Refuses `value` below `limit`.
  public mutating func atLeast<V>(_ key: @autoclosure () -> String, _ value: V, _ limit: InputLimit<V>, shown: @autoclosure () -> String? = nil) {
    if value < limit.value { issues.append(Self.below(key(), shown() ?? "\(value)", limit.text)) }
  }

  public mutating func rate(_ key: @autoclosure () -> String, _ rate: DataRate, atMost limit: InputLimit<DataRate>) {
    atMost(key(), rate, limit, shown: Self.shown(rate))
  }

  public mutating func rate(_ key: @autoclosure () -> String, _ rate: DataRate, atLeast limit: InputLimit<DataRate>) {
    atLeast(key(), rate, limit, shown: Self.shown(rate))
  }

  public mutating func size(_ key: @autoclosure () -> String, _ size: DataSize, within lower: InputLimit<DataSize>, _ upper: InputLimit<DataSize>) {
    atLeast(key(), size, lower, shown: Format.size(size))
    atMost(key(), size, upper, shown: Format.size(size))
  }

  public mutating func duration(_ key: @autoclosure () -> String, _ span: TimeSpan, atMost limit: InputLimit<TimeSpan>) {
    atMost(key(), span, limit, shown: Self.shown(span))
  }

  public mutating func duration(_ key: @autoclosure () -> String, _ span: TimeSpan, atLeast limit: InputLimit<TimeSpan>) {
    atLeast(key(), span, limit, shown: Self.shown(span))
  }

  public mutating func number(_ key: @autoclosure () -> String, _ value: Double, atMost limit: InputLimit<Double>) {
    atMost(key(), value, limit, shown: Self.shown(value))
  }

  public mutating func count(_ key: @autoclosure () -> String, _ count: Int, atMost limit: InputLimit<Int>) {
    atMost(key(), count, limit, shown: "\(count)")
  }

  public mutating func fraction(_ key: @autoclosure () -> String, _ share: Fraction, atLeast limit: InputLimit<Fraction>) {
    atLeast(key(), share, limit, shown: Format.percent(share))
  }

  public mutating func append(_ issue: ScenarioIssue) { issues.append(issue) }

  public static func above(_ key: String, _ shown: String, _ limit: String) -> ScenarioIssue {
    ScenarioIssue(key, "\(shown) is above the limit of \(limit)", accepted: "at most \(limit) (docs/limits-and-guarantees.md)")
  }

  public static func below(_ key: String, _ shown: String, _ limit: String) -> ScenarioIssue {
    ScenarioIssue(key, "\(shown) is below the limit of \(limit)", accepted: "at least \(limit) (docs/limits-and-guarantees.md)")
  }

  /// A number in messages: plain up to 10^15, else in exponent form (1e+308, not 309 digits).
  public static func shown(_ value: Double) -> String {
    abs(value) < 1e15 ? Format.number(value) : "\(value)"
  }

  static func shown(_ rate: DataRate) -> String {
    rate.bytesPerSecond < 1e15 ? Format.rate(rate) : "\(rate.bytesPerSecond) B/s"
  }

  static func shown(_ span: TimeSpan) -> String {
    span.seconds < 1e12 ? Format.duration(span) : "\(span.seconds)s"
  }
}
