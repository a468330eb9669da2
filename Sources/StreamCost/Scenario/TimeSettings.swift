/// When the simulation starts, how long it runs and how finely it steps.
public struct TimeSettings: Hashable, Sendable, Codable {
  /// Start instant in seconds since 1970-01-01T00:00:00Z (UTC).
  public var start: Double
  public var horizon: TimeSpan
  public var step: TimeSpan

  public init(start: Double = ModelDefaults.simulationStart.value, horizon: TimeSpan, step: TimeSpan = ModelDefaults.step.value) {
    self.start = start
    self.horizon = horizon
    self.step = step
  }

  /// The default: one billed month of `month` in 1-hour steps from the default start.
  public static func oneMonth(_ month: MonthConvention, start: Double = ModelDefaults.simulationStart.value) -> TimeSettings {
    TimeSettings(start: start, horizon: .hours(month.hours))
  }

  /// Steps in the horizon (the horizon is a whole number of steps once validated).
  public var stepCount: Int { Int((horizon.seconds / step.seconds).rounded()) }

  /// Shortest and longest step, and longest horizon, the simulator accepts (issue 3: 1 minute to 1 day, up to 3 years).
  public static let stepRange = TimeSpan.minutes(1)...TimeSpan.days(1)
  public static let maximumHorizon = TimeSpan.hours(3 * 8_760)
}
