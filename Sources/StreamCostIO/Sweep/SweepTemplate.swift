import Foundation
import StreamCost
import Yams

/// A scenario read once for a sweep: its text, its validated base, the price book, and what it
/// takes to decode it again with some values replaced.
///
/// Values are set on the YAML tree and the tree is read again by the same reader as `compare`,
/// so every key the scenario accepts can be varied and bad values get the reader's messages.
public struct SweepTemplate: Sendable {
  public let file: String
  public let text: String
  public let base: ScenarioDocument
  public let book: PriceBook

  public init(file: String, text: String, base: ScenarioDocument, book: PriceBook) {
    self.file = file
    self.text = text
    self.base = base
    self.book = book
  }

  /// Reads the scenario at `path`; the book is chosen by the caller for the base scenario.
  public static func load(_ path: String, book: (Scenario) throws -> PriceBook) throws -> SweepTemplate {
    let text: String
    do { text = try TextFile.read(path) } catch { throw InputErrors([error]) }
    let base = try ScenarioLoader.parseDocument(text, file: path)
    return SweepTemplate(file: path, text: text, base: base, book: try book(base.scenario))
  }

  /// A key path resolved against the base scenario.
  public func resolve(_ path: String) throws(SweepError) -> ScenarioKeyPath {
    try ScenarioKeyPath.resolve(path, in: base.scenario)
  }

  /// A worker with its own YAML tree: make one per task.
  public func makeWorker() throws -> SweepWorker { try SweepWorker(self) }
}

/// One value for one key path, with what to say when the scenario refuses it.
public struct SweepSetting: Hashable, Sendable {
  public var path: ScenarioKeyPath
  /// Text written into the scenario.
  public var text: String
  /// Named in messages, e.g. `--vary topology.azs=2`.
  public var origin: String

  public init(path: ScenarioKeyPath, text: String, origin: String) {
    self.path = path
    self.text = text
    self.origin = origin
  }
}

/// Decodes and simulates the template with settings applied. Not `Sendable`: a YAML tree
/// shares mutable tags, so each task makes its own worker.
public final class SweepWorker {
  let template: SweepTemplate
  let root: Node
  let files: SeriesFiles
  /// Simulates every combination priced with the template's book: no timeline, no detail.
  let simulator: Simulator
  /// Price each billed month of every run too (``SweepOutcome/Architecture/monthlyTotals``).
  public var pricesMonths = false
  /// The tag of each text set so far: Yams resolves a new scalar's implicit tag with several
  /// regular expressions, so each distinct value is resolved once per worker.
  private var tags: [String: Tag.Name] = [:]
  /// Whether the scenario's text lists its architectures (else the worker's tree spells out the defaults).
  private let listsArchitectures: Bool
  /// Each feed's write for a `workload.write` text (``feedWrites(_:)``).
  private var writeTexts: [String: [String]] = [:]

  init(_ template: SweepTemplate) throws {
    self.template = template
    guard var root = try ScenarioLoader.composeYAML(template.text, file: template.file) else {
      throw InputError(file: template.file, message: "is empty")
    }
    // A scenario that leaves out `architectures:` compares the four defaults; spell them out so
    // that their keys can be set.
    listsArchitectures = root.mapping?["architectures"] != nil
    if case .mapping(var top) = root, top["architectures"] == nil {
      top["architectures"] = .sequence(
        Node.Sequence(ArchitectureSpec.defaults.map { Node([(Node("type"), Node($0.kind.rawValue))]) }))
      root = .mapping(top)
    }
    self.root = root
    files = SeriesFiles(scenarioFile: template.file)
    simulator = Simulator(book: template.book, parallel: false, detailed: false)
  }

  /// The scenario with `settings` applied, validated.
  public func document(_ settings: [SweepSetting]) throws -> ScenarioDocument {
    var tree = root
    for setting in settings {
      do throws(InputError) {
        tree = try apply(setting, to: tree)
      } catch {
        throw InputErrors([annotated(error, setting)])
      }
    }
    do {
      return try ScenarioLoader.document(root: tree, file: template.file, files: files, like: template.base, sections: sections(settings))
    } catch {
      throw InputErrors(error.errors.map { annotated($0, settings) }, omitted: error.omitted)
    }
  }

  /// The base scenario's sections that `settings` leave as they are: its topology, and its
  /// architectures, failure events and load profiles unless the start time (their clock: `start`,
  /// or `month`, which can set it) changes. A profile is taken only when no setting reaches into
  /// it (or replaces its feed or the feed list) and it reads no measured series (whose files the
  /// document lists as it reads them).
  func sections(_ settings: [SweepSetting]) -> ScenarioLoader.ReadSections {
    let touched = Set(settings.map { setting -> String in
      switch setting.path.target {
      case .workloadWrite: return "feeds"
      case .node(let steps): if case .key(let key)? = steps.first { return key } else { return "" }
      }
    })
    let base = template.base.scenario
    let clocked = !touched.contains("start") && !touched.contains("month")
    var sections = ScenarioLoader.ReadSections()
    if !touched.contains("topology") { sections.topology = base.topology }
    if clocked && listsArchitectures && !touched.contains("architectures") { sections.architectures = base.architectures }
    if clocked && !touched.contains("events") { sections.events = base.events }
    if clocked { (sections.profile, sections.feedProfiles) = untouchedProfiles(settings) }
    return sections
  }

  /// The base's cluster profile and feed profiles (by index) that no setting reaches into, and
  /// that read no measured series.
  func untouchedProfiles(_ settings: [SweepSetting]) -> (LoadProfile?, [Int: LoadProfile]) {
    let base = template.base.scenario
    let paths = settings.compactMap { setting -> [ScenarioKeyPath.Step]? in
      if case .node(let steps) = setting.path.target { return steps } else { return nil }
    }
    // A path reaches into a profile when it is a prefix of the profile's path or goes through it.
    func reaches(_ profile: [ScenarioKeyPath.Step]) -> Bool {
      paths.contains { path in zip(path, profile).allSatisfy { $0 == $1 } }
    }
    let cluster = base.profile.firstSeries == nil && !reaches([.key("profile")]) ? base.profile : nil
    var feeds: [Int: LoadProfile] = [:]
    for (i, feed) in base.feeds.enumerated() where feed.profile.firstSeries == nil {
      if !reaches([.key("feeds"), .index(i), .key("profile")]) { feeds[i] = feed.profile }
    }
    return (cluster, feeds)
  }

  /// Simulates the scenario with `settings` applied, priced with `book` (the template's by default).
  /// With `markingInfeasible`, an architecture that no instance type can carry is marked
  /// infeasible with its binding limit instead of failing the run; other errors still throw.
  public func outcome(_ settings: [SweepSetting], book: PriceBook? = nil, markingInfeasible: Bool = false) throws -> SweepOutcome {
    let document = try self.document(settings)
    var sink = DiscardingSink()
    var simulator = book.map { Simulator(book: $0, parallel: false, detailed: false) } ?? simulator
    simulator.pricesMonths = pricesMonths
    do {
      return SweepOutcome(try document.simulated(by: simulator, timeline: &sink))
    } catch {
      if markingInfeasible, let outcome = simulator.outcomeMarkingInfeasible(document.scenario) { return outcome }
      throw InputErrors(error.errors.map { annotated($0, settings) })
    }
  }

  func annotated(_ error: InputError, _ settings: [SweepSetting]) -> InputError {
    var error = error
    if !settings.isEmpty { error.message += " (with \(settings.map(\.origin).joined(separator: ", ")))" }
    return error
  }

  func annotated(_ error: InputError, _ setting: SweepSetting) -> InputError { annotated(error, [setting]) }

  func apply(_ setting: SweepSetting, to tree: Node) throws(InputError) -> Node {
    switch setting.path.target {
    case .node(let steps):
      return try set(tree, steps[...], to: setting.text, at: "")
    case .workloadWrite:
      var tree = tree
      for (i, text) in try feedWrites(setting.text).enumerated() {
        tree = try set(tree, [.key("feeds"), .index(i), .key("write")], to: text, at: "")
      }
      return tree
    }
  }

  /// Each feed's write, as scenario text, for a total write of `text`: the base scenario's writes
  /// scaled in proportion. Worked out once per worker for each distinct total.
  func feedWrites(_ text: String) throws(InputError) -> [String] {
    if let texts = writeTexts[text] { return texts }
    guard let total = SweepQuantity.parse(text), total.dimension == .rate else {
      throw InputError(
        file: template.file, field: "workload.write", message: "'\(text)' is not a data rate",
        accepted: "a rate such as 500MB/s; it scales every feed's write")
    }
    let writes = template.base.scenario.feeds.map(\.write.bytesPerSecond)
    let sum = writes.reduce(0, +)
    guard sum > 0 else {
      throw InputError(file: template.file, field: "workload.write", message: "the feeds write nothing, so there is nothing to scale")
    }
    let texts = writes.map { SweepQuantity(.rate, $0 * total.value / sum).scenarioText }
    writeTexts[text] = texts
    return texts
  }

  /// The tag Yams gives the plain scalar `text`, as it would resolve it when read.
  func tag(of text: String) -> Tag.Name {
    if let name = tags[text] { return name }
    let name = Resolver.default.resolveTag(of: Node(text))
    tags[text] = name
    return name
  }

  /// `node` with the value at `steps` replaced by the scalar `text` (missing mappings are created).
  func set(_ node: Node?, _ steps: ArraySlice<ScenarioKeyPath.Step>, to text: String, at path: String) throws(InputError) -> Node {
    guard let step = steps.first else {
      return .scalar(Node.Scalar(text, Tag(tag(of: text)), .any, node?.mark))
    }
    switch step {
    case .key(let key):
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      var mapping: Node.Mapping
      switch node {
      case .mapping(let m)?: mapping = m
      case nil: mapping = Node.Mapping([])
      default:
        throw InputError(file: template.file, line: node?.mark?.line, field: path, message: "is not a mapping, so it has no key '\(key)'")
      }
      // Keys are matched as text: Yams' string subscript builds a key node and resolves its tag
      // with regular expressions at every lookup.
      if let i = mapping.firstIndex(where: { $0.key.scalar?.string == key }) {
        mapping[i] = (mapping[i].key, try set(mapping[i].value, steps.dropFirst(), to: text, at: childPath))
      } else {
        mapping[key] = try set(nil, steps.dropFirst(), to: text, at: childPath)
      }
      return .mapping(mapping)
    case .index(let index):
      guard case .sequence(var sequence)? = node, index < sequence.count else {
        throw InputError(file: template.file, line: node?.mark?.line, field: path, message: "has no entry [\(index)]")
      }
      sequence[index] = try set(sequence[index], steps.dropFirst(), to: text, at: "\(path)[\(index)]")
      return .sequence(sequence)
    }
  }
}
