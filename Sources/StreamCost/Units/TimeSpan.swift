/// A length of time, in seconds.
///
/// Named `TimeSpan` rather than `Duration` to stay clear of the standard
/// library's clock type, which counts attoseconds for a different purpose.
public struct TimeSpan: Hashable, Comparable, Sendable, Codable {
  /// Seconds.
  public var seconds: Double

  public init(seconds: Double) { self.seconds = seconds }

  public static func milliseconds(_ n: Double) -> TimeSpan { TimeSpan(seconds: n / 1_000) }
  public static func minutes(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 60) }
  public static func hours(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 3_600) }
  public static func days(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 86_400) }

  /// Hours.
  public var hours: Double { seconds / 3_600 }

  public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.seconds < b.seconds }
}
