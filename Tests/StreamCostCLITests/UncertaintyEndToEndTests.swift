import Foundation
import Testing

/// `streamcost uncertainty` as a user runs it.
@Suite(.serialized)
struct UncertaintyEndToEndTests {
  /// One feed with an uncertain write and retention, rank-correlated; kafka and shared-storage in one AZ.
  static let scenario = """
    version: 1
    name: uncertainty-cli
    pricing: aws/us-east-1
    horizon: 24h
    step: 1h
    feeds:
      - name: events
        write: {p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s}
        retention: {p10: 6h, p50: 9h, p90: 12h}
        partitions: 12
    topology:
      azs: 1
      replication_factor: 1
    architectures:
      - type: kafka
        instance: m6i.large
      - type: shared-storage
        instance: m6i.large
    uncertainty:
      prices:
        object_requests: {p10: 0.8, p50: 1, p90: 1.1}
      correlate:
        - [write, retention, 0.6]

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
        "uncertainty", file.path, "--samples", "200", "--precision", "0", "--seed", "7", "--jobs", jobs, "--out", out.path,
        "--no-ledger",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr == "")
      runs.append((result.stdout, try Self.files(out)))
    }
    #expect(runs[0].files.keys.sorted() == ["monthly_quantiles.csv", "quantiles.csv", "ranking.csv", "run.csv", "samples.csv"])
    #expect(runs[0].files == runs[1].files)
    #expect(runs[0].stdout == runs[1].stdout)
    let out = runs[0].stdout
    #expect(out.contains("uncertainty-cli: 200 samples, seed 7"))
    #expect(out.contains("kafka") && out.contains("shared-storage") && out.contains("┃"))
    #expect(out.contains("feeds.events.write") && out.contains("price.object_requests"))
  }

  @Test func compareUsesTheMedians() throws {
    let file = try CLIHarness.write(Self.scenario)
    let result = try CLIHarness.run(["compare", file.path, "--no-ledger"])
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// Bad options exit 64; bad scenario data 65 with the file and the key path.
  @Test func badInputIsRefused() throws {
    let file = try CLIHarness.write(Self.scenario)
    for (arguments, message) in [
      (["--samples", "0"], "--samples must be at least 1"),
      (["--precision", "often"], "--precision: cannot read 'often'"),
      (["--precision", "150%"], "--precision must be from 0"),
      (["--short-hours=-1"], "--short-hours must be 0 or more"),
      (["--samples", "2"], "too small for the correlated inputs"),
    ] {
      let result = try CLIHarness.run(["uncertainty", file.path] + arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(result.stdout == "")
    }
    let bad = try CLIHarness.write(Self.scenario.replacingOccurrences(of: "[write, retention, 0.6]", with: "[write, retention, 2]"))
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["uncertainty", bad.path, "--out", out.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("uncertainty.correlate[0][2]") && result.stderr.contains("outside [-1, 1]"), "\(result.stderr)")
    #expect(CLIHarness.contents(of: out) == nil)
  }
}
