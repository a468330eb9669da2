/// A scheduled replay or backfill: every `every`, read `history` of the feed's data at `rate`.
///
/// The bytes read are the feed's average write × history; the job runs for bytes ÷ rate,
/// and its reads count as catch-up reads `history` behind the tail while it runs.
public struct ReplayJob: Hashable, Sendable, Codable {
  public var every: TimeSpan
  public var history: TimeSpan
  public var rate: DataRate
  /// Offset of the first run from the simulation start.
  public var first: TimeSpan

  public init(every: TimeSpan, history: TimeSpan, rate: DataRate, first: TimeSpan = TimeSpan(seconds: 0)) {
    self.every = every
    self.history = history
    self.rate = rate
    self.first = first
  }
}
