import StreamCost

/// Reads `events:`, the failures injected during the simulation:
/// `- {at: 10d, lose: broker}` or `- {at: 2026-01-12T09:00:00Z, lose: az, az: 1}` (0-based AZ index).
enum EventReader {
  /// What an event loses, as written.
  enum Lose: String, CaseIterable {
    case broker
    case az
  }

  static func read(_ value: YAMLValue, clock: ScenarioClock) throws(InputError) -> [FailureEvent] {
    try value.list().map { item throws(InputError) in try event(item, clock: clock) }
  }

  static func event(_ item: YAMLValue, clock: ScenarioClock) throws(InputError) -> FailureEvent {
    item.context.record(item.path, line: item.line)
    let map = try item.mapping(ScenarioKeys.event)
    let at = try clock.offset(try map.required("at", accepted: ScenarioClock.accepted))
    switch try map.required("lose", accepted: "broker or az").choice(Lose.self) {
    case .broker:
      if let zone = map["az"] { throw zone.error("is only used with lose: az", accepted: "lose: az, or no az key") }
      return FailureEvent(at: at, lose: .broker)
    case .az:
      let zone = try map.required("az", accepted: "the 0-based index of the lost AZ, e.g. 1").int()
      return FailureEvent(at: at, lose: .az(zone))
    }
  }
}
