import StreamCost

/// Reads the scaling keys every architecture entry accepts: `policy`, `schedule`, `throttle`,
/// `instance_start` and `partition_move`; the rest keep ``ScalingConfig/defaults(for:)``.
enum ScalingReader {
  static func read(_ map: YAMLMapping, kind: ArchitectureKind, clock: ScenarioClock) throws(InputError) -> ScalingConfig {
    var scaling = ScalingConfig.defaults(for: kind)
    if let policy = map["policy"] { scaling.policy = try policy.choice(ScalingPolicy.self) }
    if let schedule = map["schedule"] {
      scaling.schedule = try schedule.list().map { item throws(InputError) in try resize(item, clock: clock) }
    }
    if let throttle = map["throttle"] { scaling.throttle = try throttle.rate() }
    if let start = map["instance_start"] { scaling.instanceStart = try start.duration() }
    if let move = map["partition_move"] { scaling.partitionMove = try move.duration() }
    return scaling
  }

  /// One `schedule:` entry: `{at: 10d, count: 12}`.
  static func resize(_ item: YAMLValue, clock: ScenarioClock) throws(InputError) -> ScheduledResize {
    item.context.record(item.path, line: item.line)
    let map = try item.mapping(ScenarioKeys.schedule)
    return ScheduledResize(
      at: try clock.offset(try map.required("at", accepted: ScenarioClock.accepted)),
      count: try map.required("count", accepted: "the brokers (or agents) to run from then on, e.g. 12").int())
  }
}
