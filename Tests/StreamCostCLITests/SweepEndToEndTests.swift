import Foundation
import Testing

/// `streamcost sweep` and `streamcost sensitivity` as a user runs them.
@Suite(.serialized)
struct SweepEndToEndTests {
  /// One feed, one AZ: kafka is cheapest below ≈ 9.8 h of retention, shared-storage above
  /// (the hand computation is in StreamCostIOTests/Sweep/SweepRunTests.swift).
  static let scenario = """
    version: 1
    name: sweep-cli
    pricing: aws/us-east-1
    horizon: 24h
    step: 10m
    feeds:
      - name: events
        write: 20 MB/s
        retention: 9h
        partitions: 12
    topology:
      azs: 1
      replication_factor: 1
    architectures:
      - type: kafka
        instance: m6i.large
      - type: shared-storage
        instance: m6i.large

    """

  static func files(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in CLIHarness.contents(of: folder) ?? [] {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  @Test func theSameBytesWithOneJobOrTwo() throws {
    let file = try CLIHarness.write(Self.scenario)
    var runs: [(stdout: String, files: [String: Data])] = []
    for jobs in ["1", "2"] {
      let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
      let result = try CLIHarness.run([
        "sweep", file.path, "--vary", "feeds.events.retention=2h..20h:x1.5", "--vary", "feeds.events.write=10MB/s,20MB/s",
        "--jobs", jobs, "--out", out.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      // Progress only goes to a terminal: quiet in a pipe.
      #expect(result.stderr == "")
      runs.append((result.stdout, try Self.files(out)))
    }
    #expect(runs[0].stdout == runs[1].stdout)
    #expect(runs[0].files == runs[1].files)
    #expect(runs[0].files.keys.sorted() == ["crossover.csv", "sweep.csv"])
    let sweep = String(decoding: runs[0].files["sweep.csv"]!, as: UTF8.self)
    // 6 retentions (2, 3, 4.5, 6.75, 10.125, 15.1875 h) × 2 writes × 2 architectures, plus the header.
    #expect(sweep.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 6 * 2 * 2)
    #expect(runs[0].stdout.contains("kafka → shared-storage"))
  }

  /// A boolean's `_value` is 1 or 0, so a spreadsheet can sort and chart it like the numbers.
  @Test func booleansFillTheirValueColumn() throws {
    let file = try CLIHarness.write(Self.scenario)
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run([
      "sweep", file.path, "--vary", "topology.fetch_from_follower=false,true", "--no-crossover", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = String(decoding: try Data(contentsOf: out.appendingPathComponent("sweep.csv")), as: UTF8.self)
      .components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.split(separator: ",").prefix(4).joined(separator: ",") }
    #expect(rows == [
      "combination,topology.fetch_from_follower,topology.fetch_from_follower_value,architecture",
      "0,false,0,kafka", "0,false,0,shared-storage", "1,true,1,kafka", "1,true,1,shared-storage",
    ])
  }

  @Test func badVaryOptionsExit64NamingTheOptionAndWriteNothing() throws {
    let file = try CLIHarness.write(Self.scenario)
    let cases: [([String], String)] = [
      (["--vary", "feeds.events.retentoin=1d,2d"], "unknown key path 'feeds.events.retentoin'"),
      (["--vary", "topology.zones=2,3"], "(accepted: azs, replication_factor"),
      (["--vary", "feeds.events.retention=1d..30d:0d"], "never reaches the end"),
      (["--vary", "feeds.events.retention=30d..1d:1d"], "empty range"),
      (["--vary", "topology.azs=1,two"], "'two' is not a whole number"),
      (["--vary", "workload.write=1d,2d"], "workload.write takes data rates"),
    ]
    for (arguments, message) in cases {
      let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
      let result = try CLIHarness.run(["sweep", file.path] + arguments + ["--out", out.path])
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix("streamcost: error: --vary "), "\(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(result.stdout == "")
      #expect(CLIHarness.contents(of: out) == nil)
    }
    let missing = try CLIHarness.run(["sweep", file.path])
    #expect(missing.status == 64)
  }

  /// At 80 MB/s one partition's leader needs more than m6i.large carries (78.1 MB/s at 80 % of
  /// 0.781 Gb/s): kafka is infeasible there, the sweep goes on and says why.
  @Test func aSweepFinishesPastAnInfeasiblePoint() throws {
    let file = try CLIHarness.write(
      Self.scenario.replacingOccurrences(of: "partitions: 12", with: "partitions: 1")
        .replacingOccurrences(of: "type: shared-storage\n    instance: m6i.large", with: "type: shared-storage\n    instance: m6i.2xlarge"))
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["sweep", file.path, "--vary", "workload.write=40MB/s,80MB/s", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("kafka is infeasible at 1 of 2 combination(s), first because m6i.large: feed 'events': one partition leader sends 80 MB/s"))
    let sweep = try String(contentsOf: out.appendingPathComponent("sweep.csv"), encoding: .utf8)
    #expect(sweep.contains("\r\n1,80MB/s,80000000,kafka,kafka,,,,,,,,,,,,,,USD,infeasible,m6i.large: feed 'events': one partition leader sends 80 MB/s"))
    let crossover = try String(contentsOf: out.appendingPathComponent("crossover.csv"), encoding: .utf8)
    // One crossover, kafka → shared-storage; its ratio above is empty (kafka has no cost at 80 MB/s).
    let lines = crossover.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 2)
    #expect(lines[1].contains(",kafka,shared-storage,"), "\(crossover)")
    #expect(lines[1].hasSuffix(",cheapest"), "\(crossover)")
    #expect(crossover.components(separatedBy: "\r\n")[0].hasSuffix(",simulations,mode"))
  }

  @Test func badPairsExit64NamingTheArchitecturesAndWriteNothing() throws {
    let file = try CLIHarness.write(Self.scenario)
    let cases: [([String], String)] = [
      (["--pair", "kafka,diskless"], "--pair kafka,diskless: 'diskless' is not an architecture of the scenario (accepted: two different names of: kafka, shared-storage)"),
      (["--pair", "kafka"], "--pair kafka: give two architecture names, A,B"),
      (["--pair", "kafka,shared-storage", "--no-crossover"], "--pair reports crossovers; leave out --no-crossover"),
    ]
    for (arguments, message) in cases {
      let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
      let result = try CLIHarness.run(["sweep", file.path, "--vary", "topology.azs=1,2"] + arguments + ["--out", out.path])
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(result.stdout == "")
      #expect(CLIHarness.contents(of: out) == nil)
    }
  }

  @Test func sensitivityPrintsATornadoAndFlagsTheFlip() throws {
    let file = try CLIHarness.write(Self.scenario)
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["sensitivity", file.path, "--out", out.path, "--range", "compaction_read=0.4..0.6"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("kafka: base"))
    let rows: [[String]] = result.stdout.split(separator: "\n").map { line in line.split(separator: " ").map { String($0) } }
    let flip: [String]? = rows.first { row in row.count == 5 && row[0] == "price.block_storage" }
    #expect(flip == ["price.block_storage", "kafka", "kafka", "shared-storage", "FLIPS"])
    #expect(CLIHarness.contents(of: out) == ["sensitivity.csv"])
    let csv = try String(contentsOf: out.appendingPathComponent("sensitivity.csv"), encoding: .utf8)
    #expect(csv.contains("compaction_read,shared-storage,0.4,0.5,0.6,"))
    #expect(csv.contains(",override: --range compaction_read=0.4..0.6\r\n"))

    let bad = try CLIHarness.run(["sensitivity", file.path, "--range", "nope=1..2"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("'nope' is not an assumption sensitivity varies (accepted: compaction_read, "))
  }

  /// One rule for --jobs wherever simulations run side by side.
  @Test(arguments: [
    ["sweep", "scenarios/telco-c360-feeds.yaml", "--vary", "topology.azs=2,3"],
    ["sensitivity", "scenarios/telco-c360-feeds.yaml"],
    ["bench", "--sweep", "4"],
  ])
  func noJobsIsAUsageError(_ command: [String]) throws {
    let result = try CLIHarness.run(command + ["--jobs", "0"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--jobs must be at least 1"))
    #expect(result.stdout == "")
  }
}
