/// When the simulation starts, how long it runs and how finely it steps.
public struct TimeSettings: Hashable, Sendable, Codable {
  /// Start instant in seconds since 1970-01-01T00:00:00Z (UTC).
  public var start: Double
  public var horizon: TimeSpan
  public var step: TimeSpan
  /// Whether the run starts from the data a running cluster holds or from none.
  public var initialState: InitialState

  public init(
    start: Double = ModelDefaults.simulationStart.value, horizon: TimeSpan, step: TimeSpan = ModelDefaults.step.value,
    initialState: InitialState = .warm
  ) {
    self.start = start
    self.horizon = horizon
    self.step = step
    self.initialState = initialState
  }

  private enum CodingKeys: String, CodingKey { case start, horizon, step, initialState }

  /// Runs recorded before `initial_state:` existed read as `warm`.
  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    start = try values.decode(Double.self, forKey: .start)
    horizon = try values.decode(TimeSpan.self, forKey: .horizon)
    step = try values.decode(TimeSpan.self, forKey: .step)
    initialState = try values.decodeIfPresent(InitialState.self, forKey: .initialState) ?? .warm
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
