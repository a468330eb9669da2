import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Key paths of `--vary`: feeds and architectures by name, part of a name, type or index; errors that list what is accepted.
struct ScenarioKeyPathTests {
  static func telco() throws -> SweepTemplate {
    try SweepTemplate.load(TestSupport.telcoScenario) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
  }

  func steps(_ path: String, _ template: SweepTemplate) throws -> ScenarioKeyPath.Target {
    try template.resolve(path).target
  }

  @Test func feedsByNameUniquePartOrIndex() throws {
    let t = try Self.telco()
    let retention: ScenarioKeyPath.Target = .node([.key("feeds"), .index(0), .key("retention")])
    #expect(try steps("feeds.network-telemetry.retention", t) == retention)
    #expect(try steps("feeds.telemetry.retention", t) == retention)
    #expect(try steps("feeds[0].retention", t) == retention)
    #expect(try steps("feeds.cdr.catch_up.rate", t) == .node([.key("feeds"), .index(1), .key("catch_up"), .key("rate")]))
  }

  @Test func architecturesByTypeOrName() throws {
    let t = try Self.telco()
    let kinds = t.base.scenario.architectures.map(\.kind)
    let shared = try #require(kinds.firstIndex(of: .sharedStorage))
    #expect(try steps("architectures.shared-storage.compaction_read", t) == .node([.key("architectures"), .index(shared), .key("compaction_read")]))
    #expect(try steps("architectures[\(shared)].compaction_read", t) == steps("architectures.shared-storage.compaction_read", t))
    #expect(try t.resolve("architectures.diskless.compaction_levels").wholeNumber)
    #expect(try !t.resolve("architectures.diskless.cpu_target").wholeNumber)
    #expect(try t.resolve("topology.azs").wholeNumber)
    #expect(try steps("workload.write", t) == .workloadWrite)
  }

  @Test func unknownPathsNameThePathAndListTheKeysAtThatLevel() throws {
    let t = try Self.telco()
    let cases: [(String, String, String)] = [
      ("topology.zones", "'zones' is not a key of topology", "azs, replication_factor"),
      ("feeds.telemetry.retentoin", "did you mean 'retention'?", "name, write, fan_out, retention"),
      ("feeds.nope.retention", "no feed is called 'nope'", "network-telemetry, cdr-charging"),
      ("feeds.c.retention", "matches", "cdr-charging"),
      ("feeds[9].retention", "numbered from 0", "network-telemetry"),
      ("retension", "is not a scenario key", "version, name"),
      ("workload.read", "workload has one key", "workload.write"),
      ("architectures.kafka.compaction_read", "'compaction_read' is not a key of architectures[0]", "disk, controllers"),
    ]
    for (path, message, accepted) in cases {
      do {
        _ = try t.resolve(path)
        Issue.record("\(path) resolved")
      } catch {
        #expect(error.message.contains("unknown key path '\(path)'"), "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.accepted?.contains(accepted) == true, "\(error)")
      }
    }
  }

  @Test func settingsAreWrittenIntoTheTreeAndReadAgain() throws {
    let t = try Self.telco()
    let worker = try t.makeWorker()
    func setting(_ path: String, _ text: String) throws -> SweepSetting {
      SweepSetting(path: try t.resolve(path), text: text, origin: "--vary \(path)=\(text)")
    }
    let base = t.base.scenario
    let changed = try worker.document([
      try setting("topology.azs", "2"), try setting("feeds.telemetry.retention", "3d"), try setting("workload.write", "438 MB/s"),
    ]).scenario
    #expect(changed.topology.azs == 2)
    #expect(changed.feeds[0].retention == .days(3))
    // workload.write doubles the total (≈ 219 MB/s): every feed's write doubles.
    let factor = 438e6 / base.totalWrite.bytesPerSecond
    for (a, b) in zip(changed.feeds, base.feeds) {
      #expect(abs(a.write.bytesPerSecond - b.write.bytesPerSecond * factor) < 1e-3)
    }
    // The base tree is untouched for the next combination.
    #expect(try worker.document([]).scenario.topology.azs == base.topology.azs)
  }

  /// A combination is read without recording its keys' lines, which are its base's, and takes the
  /// sections no setting touches as the base read them: the document is the one a full read of the
  /// same tree gives, lines and explicit keys included. One that fails validation is read again,
  /// so its errors name their lines as a full read's do.
  @Test func aCombinationReadsAsAFullReadOfItsTree() throws {
    let t = try Self.telco()
    let worker = try t.makeWorker()
    let tree = { (settings: [SweepSetting]) throws in try settings.reduce(worker.root) { try worker.apply($1, to: $0) } }
    let good = [
      SweepSetting(path: try t.resolve("feeds.telemetry.retention"), text: "3d", origin: "test"),
      SweepSetting(path: try t.resolve("workload.write"), text: "438 MB/s", origin: "test"),
    ]
    let fast = try worker.document(good)
    let full = try ScenarioLoader.document(root: try tree(good), file: t.file, files: SeriesFiles(scenarioFile: t.file))
    #expect(fast.scenario == full.scenario)
    #expect(fast.lines == full.lines && !fast.lines.isEmpty)
    // Sections no setting touches are the base's, taken as read: here topology, architectures, events.
    let sections = worker.sections(good)
    #expect(sections.topology == t.base.scenario.topology && sections.architectures == t.base.scenario.architectures)
    #expect(sections.events == t.base.scenario.events)
    let azs = [SweepSetting(path: try t.resolve("topology.azs"), text: "2", origin: "test")]
    #expect(worker.sections(azs).topology == nil && worker.sections(azs).architectures != nil)
    let start = [SweepSetting(path: try t.resolve("start"), text: "2026-03-01", origin: "test")]
    #expect(worker.sections(start).architectures == nil && worker.sections(start).events == nil)
    let moved = try worker.document(azs)
    #expect(moved.scenario == (try ScenarioLoader.document(root: try tree(azs), file: t.file, files: SeriesFiles(scenarioFile: t.file))).scenario)
    let bad = [SweepSetting(path: try t.resolve("topology.replication_factor"), text: "0", origin: "test")]
    let expected = #expect(throws: InputErrors.self) {
      try ScenarioLoader.document(root: try tree(bad), file: t.file, files: SeriesFiles(scenarioFile: t.file))
    }
    let thrown = #expect(throws: InputErrors.self) { try worker.document(bad) }
    #expect(thrown?.errors.map(\.line) == expected?.errors.map(\.line) && expected?.errors.first?.line != nil)
    #expect(thrown?.errors.first?.message.hasPrefix(expected?.errors.first?.message ?? "-") == true)
  }

  /// Load profiles no setting reaches into are the base's, taken as read; a setting inside a
  /// profile, or one that moves the clock, has it read again. Either way the document is a full
  /// read's.
  @Test func untouchedProfilesAreTheBases() throws {
    let t = try Self.telco()
    let worker = try t.makeWorker()
    let tree = { (settings: [SweepSetting]) throws in try settings.reduce(worker.root) { try worker.apply($1, to: $0) } }
    let full = { (settings: [SweepSetting]) throws in
      try ScenarioLoader.document(root: try tree(settings), file: t.file, files: SeriesFiles(scenarioFile: t.file)).scenario
    }
    let feeds = t.base.scenario.feeds.count
    let retention = [SweepSetting(path: try t.resolve("feeds.telemetry.retention"), text: "3d", origin: "test")]
    #expect(worker.sections(retention).feedProfiles.count == feeds && worker.sections(retention).profile != nil)
    #expect(try worker.document(retention).scenario == (try full(retention)))
    let wave = [SweepSetting(path: try t.resolve("feeds[0].profile[0].diurnal.peak_multiplier"), text: "2.5", origin: "test")]
    #expect(worker.sections(wave).feedProfiles[0] == nil && worker.sections(wave).feedProfiles.count == feeds - 1)
    let read = try worker.document(wave).scenario
    #expect(read == (try full(wave)) && read.feeds[0].profile != t.base.scenario.feeds[0].profile)
    let start = [SweepSetting(path: try t.resolve("start"), text: "2026-01-05", origin: "test")]
    #expect(worker.sections(start).feedProfiles.isEmpty && worker.sections(start).profile == nil)
    let moved = try worker.document(start).scenario
    #expect(moved == (try full(start)) && moved.feeds[0].profile != t.base.scenario.feeds[0].profile)
  }

  /// A set value is tagged as Yams tags the text when it reads it (worked out once per text and
  /// worker), so booleans and whole numbers read back as written, the second time from the cache.
  /// A key the scenario leaves out is added.
  @Test func setValuesAreTaggedAsYamsReadsThem() throws {
    let t = try Self.telco()
    let worker = try t.makeWorker()
    #expect(worker.tag(of: "true") == .bool)
    #expect(worker.tag(of: "3") == .int)
    #expect(worker.tag(of: "1e3") == .float)
    #expect(worker.tag(of: "~") == .null)
    #expect(worker.tag(of: "7d") == .str)
    let settings = [
      SweepSetting(path: try t.resolve("topology.fetch_from_follower"), text: "true", origin: "test"),
      SweepSetting(path: try t.resolve("topology.azs"), text: "2", origin: "test"),
      SweepSetting(path: try t.resolve("architectures.kafka.controllers"), text: "5", origin: "test"),
    ]
    for _ in 0..<2 {
      let scenario = try worker.document(settings).scenario
      #expect(scenario.topology.fetchFromFollower == true && scenario.topology.azs == 2)
      guard case .kafka(let broker) = scenario.architectures[0].config else { Issue.record("not kafka"); return }
      #expect(broker.controllers == 5)
    }
  }

  @Test func aScenarioWithoutArchitecturesGetsTheFourDefaults() throws {
    let text = """
      version: 1
      name: bare
      pricing: aws/us-east-1
      feeds:
        - {name: events, write: 10 MB/s, partitions: 12}
      """
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("bare.yaml").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let t = try SweepTemplate.load(file) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
    let path = try t.resolve("architectures.diskless.compaction_levels")
    let scenario = try t.makeWorker().document([SweepSetting(path: path, text: "3", origin: "test")]).scenario
    #expect(scenario.architectures.map(\.kind) == ArchitectureSpec.defaults.map(\.kind))
    guard case .diskless(let config) = scenario.architectures[3].config else { Issue.record("not diskless"); return }
    #expect(config.compactionLevels == 3)
  }

  @Test func aBadValueGetsTheReadersMessageAndTheOption() throws {
    let t = try Self.telco()
    let grid = try SweepGrid(axes: [try SweepAxis.parse("topology.azs=2,two")])
    do {
      _ = try SweepRun(template: t, grid: grid)
      Issue.record("accepted")
    } catch let error as SweepError {
      #expect(error.option == "--vary topology.azs=two")
      #expect(error.message.contains("topology.azs: 'two' is not a whole number"), "\(error)")
    }
  }
}
