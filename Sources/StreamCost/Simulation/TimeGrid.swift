/// The simulation's steps: `count` steps of `step` seconds from the instant `start`.
///
/// Step `i` covers `[time(i), time(i) + step)` seconds after `start`. A grid may begin before
/// `start` (``first`` < 0): the warm-up a run's load looks back over is the same grid extended into
/// the past (``warmed(by:)``), so that every profile reads one clock. Calendar
/// helpers (hour of day, weekday) are in UTC, with no process calendar or locale,
/// so that a scenario gives the same shape on every machine.
public struct TimeGrid: Hashable, Sendable {
  /// First instant, in seconds since 1970-01-01T00:00:00Z.
  public let start: Double
  /// Length of one step, s.
  public let step: Double
  /// Number of steps in the grid.
  public let count: Int
  /// The offset of step 0 from `start`, in steps: 0 for a horizon, negative for a grid that
  /// begins with a warm-up before it.
  public let first: Int

  /// The grid of a scenario's time settings (`count` is the settings' whole number of steps).
  public init(_ settings: TimeSettings) {
    self.init(start: settings.start, step: settings.step.seconds, count: settings.stepCount)
  }

  public init(start: Double, step: Double, count: Int, first: Int = 0) {
    self.start = start
    self.step = step
    self.count = count
    self.first = first
  }

  /// This grid with `steps` more steps before its first, on the same clock.
  public func warmed(by steps: Int) -> TimeGrid {
    TimeGrid(start: start, step: step, count: count + steps, first: first - steps)
  }

  /// Seconds in a UTC day and hour, and days in a week.
  public static let secondsPerDay = TimeSpan.days(1).seconds
  public static let secondsPerHour = TimeSpan.hours(1).seconds
  public static let daysPerWeek = 7
  /// 1970-01-01, day 0 of Unix time, was a Thursday: weekday 3 counting Monday as 0.
  public static let epochWeekday = 3

  /// Offset of step `index`'s start from `start`, s.
  public func time(_ index: Int) -> Double { Double(first + index) * step }

  /// Offset of the middle of step `index` from `start`, s.
  public func midpoint(_ index: Int) -> Double { (Double(first + index) + 0.5) * step }

  /// Length of the whole horizon, s.
  public var duration: Double { Double(count) * step }

  /// The instant step `index` starts, s since the Unix epoch.
  public func instant(_ index: Int) -> Double { start + time(index) }

  /// Seconds since the last UTC midnight at step `index`'s start, in `0 ..< 86 400`.
  public func secondOfDay(_ index: Int) -> Double { Self.secondOfDay(instant(index)) }

  /// The UTC hour (0–23) step `index` starts in.
  public func hourOfDay(_ index: Int) -> Int { Int(secondOfDay(index) / Self.secondsPerHour) }

  /// The UTC weekday step `index` starts on, Monday = 0 … Sunday = 6.
  public func weekday(_ index: Int) -> Int { Self.weekday(instant(index)) }

  /// Seconds since the last UTC midnight at `instant` (s since the epoch), in `0 ..< 86 400`.
  public static func secondOfDay(_ instant: Double) -> Double {
    let second = instant - (instant / secondsPerDay).rounded(.down) * secondsPerDay
    return second >= secondsPerDay ? 0 : second
  }

  /// The UTC weekday of `instant` (s since the epoch), Monday = 0 … Sunday = 6.
  public static func weekday(_ instant: Double) -> Int {
    let day = Int((instant / secondsPerDay).rounded(.down))
    return ((day + epochWeekday) % daysPerWeek + daysPerWeek) % daysPerWeek
  }
}
