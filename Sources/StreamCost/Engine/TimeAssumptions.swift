/// The time-simulation parameters of a run (start, horizon, step, profile, events), with origin and source.
enum TimeAssumptions {
  static func list(for scenario: Scenario) -> [Assumption] {
    let t = scenario.time
    func row(_ key: String, _ value: String, _ unit: String, _ source: String) -> Assumption {
      Assumption(
        scope: "", name: key, value: value, unit: unit, origin: scenario.explicitKeys.contains(key) ? .scenario : .default,
        source: source)
    }
    return [
      row("start", CivilDate.timestamp(t.start), "ISO 8601 UTC", ModelDefaults.simulationStart.source),
      row("horizon", Format.number(t.horizon.seconds), "s", "scenario, else one billed month (docs/model.md §0.2)"),
      row("step", Format.number(t.step.seconds), "s", ModelDefaults.step.source),
      row("profile", scenario.profile.isFlat ? "flat" : "\(scenario.profile.components.count) components", "shape", "scenario (flat when absent)"),
      row("events", "\(scenario.events.count)", "failures", "scenario"),
    ]
  }
}
