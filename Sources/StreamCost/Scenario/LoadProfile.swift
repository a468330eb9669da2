/// How a rate moves over time around its average: a product of shape components.
///
/// Every generated shape has mean 1 over its own period, and a step takes its mean over the step, so
/// the feed's `write` stays its average rate; `peak_multiplier` is peak ÷ average.
/// An empty profile is flat.
public struct LoadProfile: Hashable, Sendable, Codable {
  public var components: [ProfileComponent]

  public init(_ components: [ProfileComponent] = []) { self.components = components }

  public static let flat = LoadProfile()
  public var isFlat: Bool { components.isEmpty }
}

/// One factor of a load profile.
public enum ProfileComponent: Hashable, Sendable, Codable {
  /// Hour-of-day shape (UTC).
  case diurnal(Diurnal)
  /// Day-of-week factors, Monday first (7 values, normalised to mean 1).
  case weekly([Double])
  /// Campaigns, incidents, viral events.
  case spikes([Spike])
  /// Compounding growth per month (0.05 = 5 %/month), 730-hour months.
  case growth(perMonth: Double)
  /// A measured throughput series, used as a shape (normalised to mean 1 over the horizon).
  case series(MeasuredSeries)
}

/// A daily shape: 24 hourly factors, or a peak hour with a peak-to-average multiplier.
public enum Diurnal: Hashable, Sendable, Codable {
  /// 24 factors, hour 0 first, normalised to mean 1.
  case hourly([Double])
  /// A smooth daily wave peaking at `hour` (UTC) with peak ÷ average = `multiplier` (``PeakWave``); each
  /// step takes the wave's mean over it.
  case peak(hour: Double, multiplier: Double)
}

/// A temporary multiplier: ramps up over `ramp`, holds for `duration`, ramps down over `ramp`.
public struct Spike: Hashable, Sendable, Codable {
  /// Offset of the ramp's start from the simulation start.
  public var start: TimeSpan
  public var duration: TimeSpan
  public var multiplier: Double
  public var ramp: TimeSpan

  public init(start: TimeSpan, duration: TimeSpan, multiplier: Double, ramp: TimeSpan = TimeSpan(seconds: 0)) {
    self.start = start
    self.duration = duration
    self.multiplier = multiplier
    self.ramp = ramp
  }
}

/// Throughput measured by a metrics system: (seconds since the Unix epoch, bytes/s) points, time-ordered.
public struct MeasuredSeries: Hashable, Sendable, Codable {
  /// Where it was read from, for messages.
  public var source: String
  public var times: [Double]
  public var bytesPerSecond: [Double]

  public init(source: String, times: [Double], bytesPerSecond: [Double]) {
    self.source = source
    self.times = times
    self.bytesPerSecond = bytesPerSecond
  }

  /// Mean of the points, bytes/s: the fallback default write when the time settings are invalid.
  public var mean: Double { bytesPerSecond.isEmpty ? 0 : bytesPerSecond.reduce(0, +) / Double(bytesPerSecond.count) }
}
