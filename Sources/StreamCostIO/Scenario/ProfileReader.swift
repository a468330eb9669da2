import StreamCost

/// Reads a `profile:` list (cluster-wide, or a feed's) into a ``LoadProfile``.
///
/// Each item is one component, written as a single-key mapping, or the bare word `flat`:
///
/// ```yaml
/// profile:
///   - diurnal: {peak_hour: 20, peak_multiplier: 3}   # or {hourly: [24 factors, hour 0 first]}
///   - weekly: [1.1, 1.1, 1.1, 1.1, 1.0, 0.8, 0.8]     # Monday first
///   - spikes: [{start: 10d, duration: 2h, multiplier: 5, ramp: 10m}]
///   - growth: 5%/month
///   - series: {file: metrics/events.csv}              # relative to the scenario file
///   - flat                                            # no effect
/// ```
struct ProfileReader {
  let clock: ScenarioClock
  let files: SeriesFiles

  static let forms =
    "flat, diurnal: {peak_hour, peak_multiplier} or {hourly: [24 factors]}, weekly: [7 factors], "
    + "spikes: [{start, duration, multiplier, ramp}], growth: '5%/month', series: {file: path.csv}"

  func read(_ value: YAMLValue) throws(InputError) -> LoadProfile {
    var components: [ProfileComponent] = []
    for item in try value.list() {
      item.context.record(item.path, line: item.line)
      if let component = try component(item) { components.append(component) }
    }
    return LoadProfile(components)
  }

  /// One list item; nil for `flat`.
  func component(_ item: YAMLValue) throws(InputError) -> ProfileComponent? {
    if case .scalar = item.node { return try bareWord(item) }
    let map = try item.mapping(ScenarioKeys.profileComponents)
    guard map.entries.count == 1, let (name, body) = map.entries.first else {
      // An item whose only keys are not components: `mapping` has reported each.
      if map.entries.isEmpty, case .mapping(let keys) = item.node, !keys.isEmpty { return nil }
      let found = map.entries.map(\.key).joined(separator: ", ")
      throw item.error("a profile item holds exactly one component, found \(map.entries.count) (\(found))", accepted: Self.forms)
    }
    switch name {
    case "diurnal": return .diurnal(try diurnal(body))
    case "weekly": return .weekly(try numbers(body))
    case "spikes":
      return .spikes(try body.list().map { v throws(InputError) in try spike(v) })
    case "growth": return .growth(perMonth: try Self.growth(body))
    case "series": return .series(try series(body))
    default: throw body.error("flat takes no settings", accepted: "the bare list item `- flat`")
    }
  }

  /// What `growth:` accepts as quantiles: rates may be 0 or negative, but above −100 %/month.
  static let growthQuantiles = "p10, p50 and p90, each above -100%/month, with p10 ≤ p50 ≤ p90, e.g. {p10: 0%/month, p50: 2%/month, p90: 5%/month}"

  static let growthTooLow = "must be above -100%/month"

  /// A growth rate per month (`5%/month`), or the p50 of `{p10, p50, p90}` rates (each above −100 %/month).
  static func growth(_ body: YAMLValue) throws(InputError) -> Double {
    try body.median({ v throws(InputError) in try v.unit(QuantityParser.growth).value }, magnitude: { 1 + $0 }, accepted: growthQuantiles, tooLow: growthTooLow)
  }

  /// `- flat`, or a component name written without its settings.
  func bareWord(_ item: YAMLValue) throws(InputError) -> ProfileComponent? {
    let word = try item.string()
    if word == "flat" { return nil }
    if ScenarioKeys.profileComponents.contains(word) {
      throw item.error("'\(word)' needs settings, as `- \(word): …`", accepted: Self.forms)
    }
    throw item.error("unknown profile component '\(word)'", accepted: ScenarioKeys.profileComponents.joined(separator: ", "))
  }

  func diurnal(_ value: YAMLValue) throws(InputError) -> Diurnal {
    let map = try value.mapping(ScenarioKeys.diurnal)
    let peak = map["peak_hour"] ?? map["peak_multiplier"]
    if let hourly = map["hourly"] {
      if let peak { throw peak.error("give either hourly or peak_hour with peak_multiplier, not both") }
      return .hourly(try numbers(hourly))
    }
    guard peak != nil else {
      throw value.error(
        "needs hourly, or peak_hour and peak_multiplier", accepted: "{peak_hour: 20, peak_multiplier: 3} or {hourly: [24 factors]}")
    }
    return .peak(
      hour: try map.required("peak_hour", accepted: "the UTC hour of the daily peak, from 0 to 23.99, e.g. 20").double(),
      multiplier: try map.required("peak_multiplier", accepted: "peak ÷ average, 1 or more, e.g. 3").double())
  }

  func numbers(_ value: YAMLValue) throws(InputError) -> [Double] {
    try value.list().map { v throws(InputError) in try v.double() }
  }

  func spike(_ value: YAMLValue) throws(InputError) -> Spike {
    value.context.record(value.path, line: value.line)
    let map = try value.mapping(ScenarioKeys.spike)
    var spike = Spike(
      start: try clock.offset(try map.required("start", accepted: ScenarioClock.accepted)),
      duration: try map.required("duration", accepted: "how long the peak holds, e.g. '2h'").duration(),
      multiplier: try map.required("multiplier", accepted: "the load at the peak ÷ the load without it, e.g. 5").double())
    if let ramp = map["ramp"] { spike.ramp = try ramp.duration() }
    return spike
  }

  func series(_ value: YAMLValue) throws(InputError) -> MeasuredSeries {
    let map = try value.mapping(ScenarioKeys.series)
    return try files.series(try map.required("file", accepted: "a CSV path relative to the scenario's folder"))
  }
}

extension LoadProfile {
  /// The first measured series among the components, if any.
  var firstSeries: MeasuredSeries? {
    for case .series(let series) in components { return series }
    return nil
  }
}
