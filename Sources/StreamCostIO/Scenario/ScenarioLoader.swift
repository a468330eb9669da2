import Foundation
import StreamCost
import Yams

/// Reads a scenario YAML file into a validated ``Scenario``.
///
/// Unknown keys are rejected with the nearest valid key; every error names the
/// file, the line and the key path.
public enum ScenarioLoader {
  /// Reads and validates the scenario at `path`.
  public static func load(_ path: String) throws(InputErrors) -> Scenario {
    try document(path).scenario
  }

  /// Reads and validates the scenario at `path`, keeping the line of every key for later messages.
  public static func document(_ path: String) throws(InputErrors) -> ScenarioDocument {
    let text: String
    do { text = try TextFile.read(path) } catch { throw InputErrors([error]) }
    return try parseDocument(text, file: path)
  }

  /// Parses scenario YAML `text`; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(InputErrors) -> Scenario {
    try parseDocument(text, file: file).scenario
  }

  static func parseDocument(_ text: String, file: String) throws(InputErrors) -> ScenarioDocument {
    let root: Node
    do throws(InputError) {
      guard let composed = try composeYAML(text, file: file) else {
        throw InputError(file: file, message: "is empty", accepted: "a scenario mapping; see `streamcost scenario init`")
      }
      root = composed
    } catch {
      throw InputErrors([error])
    }
    return try document(root: root, file: file, files: SeriesFiles(scenarioFile: file))
  }

  /// Reads and validates an already composed YAML tree (a sweep decodes one tree per combination).
  ///
  /// With `like`, a document read from the same text (a sweep's base), the tree's keys are taken
  /// to sit on that document's lines, and are not recorded again: a sweep's settings replace
  /// values, and the keys they add carry no line. (A value that replaces a whole mapping leaves
  /// its former keys' lines in the document: they are read only for assumptions, which a sweep
  /// does not list.) A tree that does not read or validate is read again, recording its lines,
  /// so that its errors name them exactly.
  static func document(
    root: Node, file: String, files: SeriesFiles, like base: ScenarioDocument? = nil, sections: ReadSections = ReadSections()
  ) throws(InputErrors) -> ScenarioDocument {
    if let base, var document = try? read(root: root, file: file, files: files, records: false, sections: sections) {
      (document.lines, document.scenario.explicitKeys) = (base.lines, base.scenario.explicitKeys)
      if document.scenario.validate().isEmpty { return document }
    }
    let document = try read(root: root, file: file, files: files, records: true)
    let issues = document.scenario.validate()
    guard issues.isEmpty else { throw ProblemReport.capped(issues.map(document.error)) }
    return document
  }

  /// The scenario the tree describes, unvalidated, with the lines of its keys when `records`, and
  /// the `sections` given taken as they are.
  static func read(
    root: Node, file: String, files: SeriesFiles, records: Bool, sections: ReadSections = ReadSections()
  ) throws(InputErrors) -> ScenarioDocument {
    let context = YAMLContext(file: file, records: records)
    var stopped: [InputError] = []
    var scenario: Scenario?
    do throws(InputError) {
      scenario = try read(YAMLValue(node: root, path: "", context: context), files: files, sections: sections)
    } catch {
      stopped = [error]
    }
    let problems = ProblemReport.inFileOrder(context.problems + stopped) + files.problems
    guard problems.isEmpty, let scenario else { throw ProblemReport.capped(problems) }
    return ScenarioDocument(scenario: scenario, file: file, lines: context.lines, seriesFiles: files.paths)
  }

  static func composeYAML(_ text: String, file: String) throws(InputError) -> Node? {
    try YAMLNodeBudget.check(text, file: file)
    do {
      return try Yams.compose(yaml: text)
    } catch let error as YamlError {
      switch error {
      case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let started = context.map { "; \($0.text) that starts at line \($0.mark.line)" } ?? ""
        throw InputError(file: file, line: mark.line, message: "malformed YAML: \(problem) (column \(mark.column)\(started))")
      case .duplicatedKeysInMapping(let duplicates, let context):
        throw InputError(
          file: file, line: context.mark.line, message: "key(s) \(duplicates.joined(separator: ", ")) appear twice in one mapping")
      default:
        throw InputError(file: file, message: "malformed YAML: \(error)")
      }
    } catch {
      throw InputError(file: file, message: "malformed YAML: \(error)")
    }
  }

  /// Sections of a scenario already read, taken as they are rather than read again: a sweep's
  /// combinations leave most sections as its base scenario has them.
  struct ReadSections {
    var architectures: [ArchitectureSpec]?
    var topology: Topology?
    var events: [FailureEvent]?
    /// The cluster's load profile, and feed profiles by the feed's index.
    var profile: LoadProfile?
    var feedProfiles: [Int: LoadProfile] = [:]
  }

  /// Reads the scenario; measured series are read through `files`, which keeps their problems.
  static func read(_ root: YAMLValue, files: SeriesFiles, sections: ReadSections = ReadSections()) throws(InputError) -> Scenario {
    let top = try root.mapping(ScenarioKeys.top)
    let context = root.context
    _ = top.required("version", accepted: "version: 1", placeholder: 1) { v throws(InputError) in
      let version = try v.int()
      guard ScenarioKeys.supportedVersions.contains(version) else {
        throw v.error(
          "scenario version \(version) is newer than this tool understands",
          accepted: ScenarioKeys.supportedVersions.map(String.init).joined(separator: ", "))
      }
      return version
    }
    let name = top.required("name", accepted: "a slug such as telco-c360", placeholder: "") { v throws(InputError) in try v.string() }
    let pricing = context.attempt(nil as PricingReference?) { () throws(InputError) in try readPricing(top) }
    let start = TimeReader.start(top)
    let month = context.attempt(MonthConvention.average730) { () throws(InputError) in try TimeReader.month(top, start: start) }
    let time = context.attempt(TimeSettings.oneMonth(month)) { () throws(InputError) in
      try TimeReader.settings(top, month: month, start: start)
    }
    let clock = ScenarioClock(start: time.start)
    let profiles = ProfileReader(clock: clock, files: files)
    let profile =
      if let known = sections.profile { known } else {
        top.optional("profile", LoadProfile.flat) { value throws(InputError) in try profiles.read(value) }
      }
    let events = if let known = sections.events { known } else { readEvents(top, clock: clock) }
    let items = top.required("feeds", accepted: "a list of feeds", placeholder: []) { v throws(InputError) in try v.list() }
    let feeds = items.enumerated().compactMap { i, value in
      context.attempt(nil as Feed?) { () throws(InputError) in
        try readFeed(value, profiles: profiles, time: time, profile: sections.feedProfiles[i])
      }
    }
    let topology = if let known = sections.topology { known } else { readTopology(top) }
    let architectures = if let known = sections.architectures { known } else { readArchitectures(top, clock: clock) }
    return Scenario(
      name: name, description: top.optional("description", "") { v throws(InputError) in try v.scalar("text") },
      pricing: pricing, month: month, feeds: feeds, topology: topology, architectures: architectures, time: time,
      profile: profile, events: events, explicitKeys: root.context.explicitKeys)
  }

  // The sections a sweep can take from its base (``ReadSections``), each read on its own.
  static func readEvents(_ top: YAMLMapping, clock: ScenarioClock) -> [FailureEvent] {
    top.optional("events", []) { value throws(InputError) in try EventReader.read(value, clock: clock) }
  }

  static func readTopology(_ top: YAMLMapping) -> Topology {
    top.optional("topology", Topology()) { value throws(InputError) in try readTopology(value) }
  }

  static func readArchitectures(_ top: YAMLMapping, clock: ScenarioClock) -> [ArchitectureSpec] {
    top.optional("architectures", ArchitectureSpec.defaults) { value throws(InputError) in
      try value.list().compactMap { item in
        value.context.attempt(nil as ArchitectureSpec?) { () throws(InputError) in try ArchitectureReader.read(item, clock: clock) }
      }
    }
  }

  /// The book the scenario names; nil when it names none (the command is then given `--pricing DIR`,
  /// or says that one of the two is needed). `pricing_as_of` pins a named book, so it needs `pricing`.
  static func readPricing(_ top: YAMLMapping) throws(InputError) -> PricingReference? {
    guard let value = top["pricing"] else {
      if let asOf = top["pricing_as_of"] {
        throw asOf.error("pins the date of the book `pricing:` names, and the scenario has no `pricing:`", accepted: "pricing: provider/region with it, or neither")
      }
      return nil
    }
    let text = try value.string()
    let parts = text.split(separator: "/").map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw value.error("'\(text)' is not provider/region", accepted: "e.g. aws/us-east-1")
    }
    let asOf = top.optional("pricing_as_of", nil as String?) { v throws(InputError) in
      let date = try v.string()
      guard ISODate.isValid(date) else { throw v.error("'\(date)' is not a date", accepted: "YYYY-MM-DD") }
      return date
    }
    return PricingReference(provider: parts[0], region: parts[1], asOf: asOf)
  }

  /// One feed. `write` may be left out when the feed's profile has a measured series: it is then
  /// the series' mean over the simulated horizon, so that write × the series' shape reproduces the
  /// measured rates. A `known` profile is taken as it is rather than read again.
  static func readFeed(
    _ value: YAMLValue, profiles: ProfileReader, time: TimeSettings, profile known: LoadProfile? = nil
  ) throws(InputError) -> Feed {
    let map = try value.mapping(ScenarioKeys.feed)
    let catchUp = map.optional("catch_up", nil as CatchUp?) { v throws(InputError) in
      let c = try v.mapping(ScenarioKeys.catchUp)
      return CatchUp(
        rate: try c.required("rate", accepted: "a rate such as '20 MB/s'").rate(),
        lag: try c.required("lag", accepted: "a duration such as '1d'").duration())
    }
    let name = map.required("name", accepted: "a unique slug", placeholder: "") { v throws(InputError) in try v.string() }
    let reported = value.context.problems.count
    let profile =
      if let known { known } else { map.optional("profile", LoadProfile.flat) { v throws(InputError) in try profiles.read(v) } }
    let write: DataRate
    if let series = profile.firstSeries, map["write"] == nil {
      write = DataRate(bytesPerSecond: horizonMean(series, over: time))
    } else if map["write"] == nil, value.context.problems.count > reported {
      // The profile did not read (its problem is reported): whether it has a series, and so
      // whether `write` may be left out, is not known.
      write = DataRate(bytesPerSecond: 0)
    } else {
      write = map.required(
        "write", accepted: "a rate such as '120 MB/s' (optional when the profile has a series)", placeholder: DataRate(bytesPerSecond: 0)
      ) { v throws(InputError) in try v.median({ v throws(InputError) in try v.rate() }, magnitude: \.bytesPerSecond) }
    }
    return Feed(
      name: name, write: write,
      fanOut: map.optional("fan_out", ModelDefaults.fanOut.value) { v throws(InputError) in
        try v.median({ v throws(InputError) in try v.int() }, magnitude: { Double($0) })
      },
      retention: map.optional("retention", ModelDefaults.retention.value) { v throws(InputError) in
        try v.median({ v throws(InputError) in try v.duration() }, magnitude: \.seconds)
      },
      partitions: map.required("partitions", accepted: "a whole number, e.g. 96", placeholder: 1) { v throws(InputError) in try v.int() },
      messageSize: map.optional("message_size", ModelDefaults.messageSize.value) { v throws(InputError) in try v.size() },
      catchUp: catchUp, profile: profile,
      replay: map.optional("replay", nil as ReplayJob?) { v throws(InputError) in
        try ReplayReader.read(v, clock: profiles.clock)
      })
  }

  /// The series' mean rate over the horizon's steps, bytes/s; its point mean when the time settings are
  /// outside what the simulator accepts (validation then reports them).
  static func horizonMean(_ series: MeasuredSeries, over time: TimeSettings) -> Double {
    guard TimeSettings.stepRange.contains(time.step), time.step <= time.horizon, time.horizon <= TimeSettings.maximumHorizon
    else { return series.mean }
    let grid = TimeGrid(time)
    return series.resampled(on: grid).reduce(0, +) / Double(grid.count)
  }

  static func readTopology(_ value: YAMLValue) throws(InputError) -> Topology {
    let map = try value.mapping(ScenarioKeys.topology)
    let d = Topology()
    return Topology(
      azs: map.optional("azs", d.azs) { v throws(InputError) in try v.int() },
      replicationFactor: map.optional("replication_factor", d.replicationFactor) { v throws(InputError) in try v.int() },
      clients: map.optional("clients", d.clients) { v throws(InputError) in try v.choice(ClientPlacement.self) },
      fetchFromFollower: map.optional("fetch_from_follower", nil as Bool?) { v throws(InputError) in try v.bool() },
      networkUtilisation: map.optional("network_utilisation", d.networkUtilisation) { v throws(InputError) in try v.fraction() },
      diskUtilisation: map.optional("disk_utilisation", d.diskUtilisation) { v throws(InputError) in try v.fraction() },
      survive: map.optional("survive", d.survive) { v throws(InputError) in try v.choice(FailureTolerance.self) })
  }
}
