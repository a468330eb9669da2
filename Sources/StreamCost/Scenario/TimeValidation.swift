extension Scenario {
  /// Rules on time, load profiles, replays, failure events and scaling policies.
  func validateTime() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    let t = time
    if !(TimeSettings.stepRange.contains(t.step)) {
      issues.append(ScenarioIssue("step", "\(Format.duration(t.step)) is outside 1m to 1d", accepted: "a step from 1m to 1d, e.g. '1h'"))
      return issues
    }
    if t.step > t.horizon {
      issues.append(ScenarioIssue("step", "step \(Format.duration(t.step)) is longer than the horizon \(Format.duration(t.horizon))"))
    } else if t.horizon > TimeSettings.maximumHorizon || !(t.horizon.seconds > 0) {
      issues.append(ScenarioIssue("horizon", "\(Format.duration(t.horizon)) is outside the simulated range", accepted: "from one step up to 3y"))
    } else if abs(t.horizon.seconds / t.step.seconds - Double(t.stepCount)) > 1e-9 {
      issues.append(ScenarioIssue("horizon", "\(Format.duration(t.horizon)) is not a whole number of \(Format.duration(t.step)) steps"))
    }
    issues += profile.validate(at: "profile", horizon: t.horizon)
    for (i, feed) in feeds.enumerated() {
      issues += feed.profile.validate(at: "feeds[\(i)].profile", horizon: t.horizon)
      if let replay = feed.replay { issues += replay.validate(at: "feeds[\(i)].replay", retention: feed.retention) }
    }
    for (i, event) in events.enumerated() {
      if event.at > t.horizon || event.at.seconds < 0 {
        issues.append(ScenarioIssue("events[\(i)].at", "\(Format.duration(event.at)) is outside the horizon \(Format.duration(t.horizon))"))
      }
      if case .az(let zone) = event.lose, !(0..<topology.azs).contains(zone) {
        issues.append(
          ScenarioIssue("events[\(i)].az", "AZ \(zone) does not exist", accepted: "an AZ index from 0 to \(topology.azs - 1)"))
      }
    }
    for (i, spec) in architectures.enumerated() { issues += spec.scaling.validate(at: "architectures[\(i)]", horizon: t.horizon) }
    return issues
  }
}

extension LoadProfile {
  func validate(at path: String, horizon: TimeSpan) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    for (c, component) in components.enumerated() {
      let at = "\(path)[\(c)]"
      switch component {
      case .diurnal(.hourly(let factors)):
        if factors.count != 24 || factors.contains(where: { !($0 >= 0) }) || !(factors.reduce(0, +) > 0) {
          issues.append(ScenarioIssue("\(at).diurnal.hourly", "needs 24 factors, 0 or more, not all 0 (got \(factors.count))"))
        }
      case .diurnal(.peak(let hour, let multiplier)):
        if !(0..<24).contains(hour) { issues.append(ScenarioIssue("\(at).diurnal.peak_hour", "must be from 0 to 23.99")) }
        if !(multiplier >= 1) { issues.append(ScenarioIssue("\(at).diurnal.peak_multiplier", "must be 1 or more (peak ÷ average)")) }
      case .weekly(let factors):
        if factors.count != 7 || factors.contains(where: { !($0 >= 0) }) || !(factors.reduce(0, +) > 0) {
          issues.append(ScenarioIssue("\(at).weekly", "needs 7 factors, Monday first, 0 or more, not all 0 (got \(factors.count))"))
        }
      case .spikes(let spikes):
        for (s, spike) in spikes.enumerated() {
          if spike.start.seconds < 0 || spike.start >= horizon {
            issues.append(
              ScenarioIssue("\(at).spikes[\(s)].start", "starts at \(Format.duration(spike.start)), outside the horizon \(Format.duration(horizon))"))
          }
          if !(spike.multiplier > 0) { issues.append(ScenarioIssue("\(at).spikes[\(s)].multiplier", "must be above 0")) }
          if !(spike.duration.seconds >= 0) || !(spike.ramp.seconds >= 0) {
            issues.append(ScenarioIssue("\(at).spikes[\(s)]", "duration and ramp must not be negative"))
          }
        }
      case .growth(let rate):
        if !(rate > -1) { issues.append(ScenarioIssue("\(at).growth", "must be above -100%/month")) }
      case .series(let series):
        if series.times.isEmpty { issues.append(ScenarioIssue("\(at).series", "\(series.source) has no rows")) }
      }
    }
    return issues
  }
}

extension ReplayJob {
  func validate(at path: String, retention: TimeSpan) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if !(every.seconds > 0) { issues.append(ScenarioIssue("\(path).every", "must be longer than 0")) }
    if !(rate.bytesPerSecond > 0) { issues.append(ScenarioIssue("\(path).rate", "must be greater than 0")) }
    if !(history.seconds > 0) || history > retention {
      issues.append(
        ScenarioIssue("\(path).history", "must be above 0 and no longer than the feed's retention \(Format.duration(retention))"))
    }
    if first.seconds < 0 { issues.append(ScenarioIssue("\(path).first", "must not be negative")) }
    return issues
  }
}

extension ScalingConfig {
  func validate(at path: String, horizon: TimeSpan) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if policy == .scheduled && schedule.isEmpty {
      issues.append(ScenarioIssue("\(path).schedule", "policy: scheduled needs at least one {at, count} entry"))
    }
    if policy != .scheduled && !schedule.isEmpty {
      issues.append(ScenarioIssue("\(path).schedule", "is only used with policy: scheduled (policy is \(policy.rawValue))"))
    }
    for (i, entry) in schedule.enumerated() {
      if entry.count < 1 { issues.append(ScenarioIssue("\(path).schedule[\(i)].count", "must be at least 1")) }
      if entry.at.seconds < 0 || entry.at >= horizon {
        issues.append(ScenarioIssue("\(path).schedule[\(i)].at", "\(Format.duration(entry.at)) is outside the horizon"))
      }
    }
    if !(throttle.bytesPerSecond > 0) { issues.append(ScenarioIssue("\(path).throttle", "must be greater than 0")) }
    if !(instanceStart.seconds >= 0) { issues.append(ScenarioIssue("\(path).instance_start", "must not be negative")) }
    if !(partitionMove.seconds >= 0) { issues.append(ScenarioIssue("\(path).partition_move", "must not be negative")) }
    return issues
  }
}
