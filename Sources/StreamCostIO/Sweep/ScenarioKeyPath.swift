import StreamCost

/// A scenario parameter named on the command line, resolved against the scenario it applies to.
///
/// Written as keys joined by dots, as in the YAML file: `topology.azs`, `horizon`,
/// `feeds.network-telemetry.retention`, `architectures.shared-storage.compaction_read`.
/// A feed is named by its name, a unique part of it (`feeds.telemetry`) or its index
/// (`feeds[0]`); an architecture by its name, its type when only one has it, a unique part of
/// its name, or its index. `workload.write` is not a YAML key: it is the cluster's total write,
/// and setting it scales every feed's write by the same factor.
public struct ScenarioKeyPath: Hashable, Sendable {
  public enum Step: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public enum Target: Hashable, Sendable {
    /// A node of the YAML tree.
    case node([Step])
    /// Every feed's `write`, scaled so that their sum is the value.
    case workloadWrite
  }

  /// As the user wrote it.
  public var written: String
  public var target: Target
  /// True when the key holds a whole number (bisection then stays on whole numbers).
  public var wholeNumber: Bool

  /// Keys read as whole numbers by the scenario reader.
  static let wholeNumberKeys: Set<String> = [
    "version", "fan_out", "partitions", "azs", "replication_factor", "controllers", "extra_objects_per_segment",
    "compaction_levels", "compaction_fan_in", "count",
  ]

  /// Resolves `path` against `scenario` (names of feeds and architectures).
  public static func resolve(_ path: String, in scenario: Scenario) throws(SweepError) -> ScenarioKeyPath {
    let option = "--vary \(path)"
    let tokens = try tokenize(path, option: option)
    func fail(_ message: String, _ accepted: [String]) -> SweepError {
      SweepError(option: option, message: "unknown key path '\(path)': \(message)", accepted: accepted.joined(separator: ", "))
    }
    guard case .key(let top)? = tokens.first else { throw fail("it must start with a key", ScenarioKeys.top) }
    let rest = Array(tokens.dropFirst())
    var steps: [Step] = [.key(top)]
    switch top {
    case "workload":
      guard rest == [.key("write")] else { throw fail("workload has one key, write (the cluster's total write)", ["workload.write"]) }
      return ScenarioKeyPath(written: path, target: .workloadWrite, wholeNumber: false)
    case "feeds":
      let names = scenario.feeds.map(\.name)
      guard let selector = rest.first else { throw fail("name a feed, e.g. feeds.\(names.first ?? "x").retention", names) }
      let index = try select(selector, names: names, types: nil, what: "feed", path: path, option: option)
      steps.append(.index(index))
      try check(Array(rest.dropFirst()), levels: ["": ScenarioKeys.feed, "catch_up": ScenarioKeys.catchUp, "replay": ScenarioKeys.replay],
        at: "feeds[\(index)]", path: path, option: option)
      steps += rest.dropFirst().map(step)
    case "architectures":
      let names = scenario.architectures.map(\.name)
      guard let selector = rest.first else { throw fail("name an architecture, e.g. architectures.\(names.first ?? "kafka").instance", names) }
      let index = try select(
        selector, names: names, types: scenario.architectures.map(\.kind.rawValue), what: "architecture", path: path, option: option)
      steps.append(.index(index))
      try check(
        Array(rest.dropFirst()), levels: ["": ScenarioKeys.architecture(scenario.architectures[index].kind)],
        at: "architectures[\(index)]", path: path, option: option)
      steps += rest.dropFirst().map(step)
    case "topology":
      try check(rest, levels: ["": ScenarioKeys.topology], at: "topology", path: path, option: option)
      steps += rest.map(step)
    default:
      guard ScenarioKeys.top.contains(top) else {
        let hint = Nearest.matches(for: top, in: ScenarioKeys.top + ["workload"], limit: 1).first.map { "did you mean '\($0)'? " } ?? ""
        throw fail("\(hint)'\(top)' is not a scenario key", ScenarioKeys.top + ["workload.write"])
      }
      guard !["version", "feeds", "architectures", "topology"].contains(top) else { throw fail("not a parameter", ScenarioKeys.top) }
      steps += rest.map(step)
    }
    var last: String?
    for s in steps.reversed() { if case .key(let k) = s { last = k; break } }
    return ScenarioKeyPath(written: path, target: .node(steps), wholeNumber: last.map(wholeNumberKeys.contains) ?? false)
  }

  enum Token: Hashable {
    case key(String)
    case index(Int)
  }

  static func step(_ token: Token) -> Step {
    switch token {
    case .key(let k): .key(k)
    case .index(let i): .index(i)
    }
  }

  /// `feeds[0].catch_up.rate` → key feeds, index 0, key catch_up, key rate.
  static func tokenize(_ path: String, option: String) throws(SweepError) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var chars = Array(path)[...]
    func flush() { if !current.isEmpty { tokens.append(.key(current)); current = "" } }
    while let c = chars.popFirst() {
      switch c {
      case ".":
        guard !current.isEmpty || tokens.last.map({ if case .index = $0 { true } else { false } }) == true else {
          throw SweepError(option: option, message: "key path '\(path)' has an empty key", accepted: "keys joined by dots, e.g. topology.azs")
        }
        flush()
      case "[":
        flush()
        var digits = ""
        while let d = chars.popFirst(), d != "]" { digits.append(d) }
        guard let index = Int(digits), index >= 0 else {
          throw SweepError(option: option, message: "'[\(digits)]' in '\(path)' is not an index", accepted: "a whole number from 0, e.g. feeds[0].retention")
        }
        tokens.append(.index(index))
      default:
        current.append(c)
      }
    }
    flush()
    guard !tokens.isEmpty else { throw SweepError(option: option, message: "the key path is empty", accepted: "e.g. topology.azs") }
    return tokens
  }

  /// The index a selector names: an index, an exact name, a type only one entry has, or a unique part of one name.
  static func select(
    _ token: Token, names: [String], types: [String]?, what: String, path: String, option: String
  ) throws(SweepError) -> Int {
    let accepted = names.joined(separator: ", ") + (what == "feed" ? " (or feeds[i])" : " (or a type, or architectures[i])")
    switch token {
    case .index(let i):
      guard i < names.count else {
        throw SweepError(option: option, message: "unknown key path '\(path)': there are \(names.count) \(what)s, numbered from 0", accepted: accepted)
      }
      return i
    case .key(let selector):
      if let exact = names.firstIndex(of: selector) { return exact }
      if let types {
        let typed = types.indices.filter { types[$0] == selector }
        if typed.count == 1 { return typed[0] }
        if typed.count > 1 {
          throw SweepError(
            option: option, message: "unknown key path '\(path)': \(typed.count) architectures have type \(selector); name one",
            accepted: typed.map { names[$0] }.joined(separator: ", "))
        }
      }
      let partial = names.indices.filter { names[$0].lowercased().contains(selector.lowercased()) }
      if partial.count == 1 { return partial[0] }
      if partial.count > 1 {
        throw SweepError(
          option: option, message: "unknown key path '\(path)': '\(selector)' matches \(partial.count) \(what)s; name one",
          accepted: partial.map { names[$0] }.joined(separator: ", "))
      }
      throw SweepError(option: option, message: "unknown key path '\(path)': no \(what) is called '\(selector)'", accepted: accepted)
    }
  }

  /// Checks the keys after an entry against what each level accepts (`levels[""]` for the entry itself).
  static func check(_ rest: [Token], levels: [String: [String]], at: String, path: String, option: String) throws(SweepError) {
    guard case .key(let key)? = rest.first else {
      throw SweepError(
        option: option, message: "unknown key path '\(path)': name a key of \(at)", accepted: levels[""]!.joined(separator: ", "))
    }
    guard levels[""]!.contains(key) else {
      let hint = Nearest.matches(for: key, in: levels[""]!, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
      throw SweepError(
        option: option, message: "unknown key path '\(path)': '\(key)' is not a key of \(at)\(hint)",
        accepted: levels[""]!.joined(separator: ", "))
    }
    if let inner = levels[key] {
      guard rest.count >= 2, case .key(let sub) = rest[1], inner.contains(sub) else {
        throw SweepError(
          option: option, message: "unknown key path '\(path)': name a key of \(at).\(key)", accepted: inner.joined(separator: ", "))
      }
    }
  }
}
