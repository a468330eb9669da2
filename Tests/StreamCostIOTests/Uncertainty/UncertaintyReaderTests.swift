import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// The scenario syntax of uncertain inputs: what is read, what `compare` sees, what is refused.
struct UncertaintyReaderTests {
  static func template(_ name: String) throws -> SweepTemplate {
    let file = try TestSupport.fixtures.appendingPathComponent("Uncertainty/\(name)").path
    return try SweepTemplate.load(file) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
  }

  /// `body` is the fixture correlated-feed.yaml with `change` applied to its text.
  static func edited(_ change: (String) -> String) throws -> SweepTemplate {
    let source = try TestSupport.fixtures.appendingPathComponent("Uncertainty/correlated-feed.yaml")
    let text = change(try String(contentsOf: source, encoding: .utf8))
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("scenario.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return try SweepTemplate.load(file.path) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
  }

  /// The one error `body` throws, whether the scenario reader (loading the template: quantiles are
  /// checked there too) or the uncertainty reader refuses it; nil (and an issue) when it succeeds.
  static func refusal(_ body: () throws -> UncertaintyPlan) throws -> InputError? {
    do {
      _ = try body()
      Issue.record("accepted")
      return nil
    } catch let errors as InputErrors {
      // The scenario reader reports every problem: `p95` in place of `p90` is both an unknown key
      // and a missing one, each reported once; every other case is one problem.
      #expect(errors.errors.count == 1 || errors.errors.map(\.field) == ["feeds[0].write.p95", "feeds[0].write.p90"])
      return errors.errors.first
    } catch let error as InputError {
      return error
    }
  }

  @Test func compareReadsTheMedians() throws {
    let feed = try Self.template("correlated-feed.yaml").base.scenario.feeds[0]
    #expect(feed.write.bytesPerSecond == 20e6)
    #expect(feed.fanOut == 2)
    #expect(feed.retention.seconds == 9 * 3_600)
  }

  @Test func inputsAreNamedAndFitted() throws {
    let plan = try UncertaintyReader.plan(try Self.template("correlated-feed.yaml"))
    let names = plan.inputs.map(\.name)
    #expect(Array(names.prefix(3)) == ["feeds.events.write", "feeds.events.fan_out", "feeds.events.retention"])
    // shared-storage's documented parameters follow (kafka has none).
    #expect(names.contains("compaction_read") && names.contains("put_per_mbps") && names.contains("instance_start"))
    #expect(!names.contains("throughput_per_vcpu"))
    #expect(plan.inputs[0].distribution == .fitted(p10: 15e6, p50: 20e6, p90: 32e6))
    #expect(plan.inputs[1].wholeNumber)
    #expect(plan.correlations == [.init(first: 0, second: 2, value: 0.6)])
  }

  @Test func parametersNoneAndPrices() throws {
    let plan = try UncertaintyReader.plan(try Self.template("linear-compute.yaml"))
    #expect(plan.inputs.map(\.name) == ["price.compute"])
    #expect(plan.inputs[0].target == .price(.compute))
  }

  /// Each bad input is refused with the file, the key path and what is accepted.
  @Test func badInputIsRefusedClearly() throws {
    let cases: [(String, String, String, String)] = [
      ("p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s", "p10: 25 MB/s, p50: 20 MB/s, p90: 32 MB/s", "feeds[0].write", "out of order"),
      ("p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s", "p10: 0 MB/s, p50: 20 MB/s, p90: 32 MB/s", "feeds[0].write.p10", "above 0"),
      ("p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s", "p10: 15 MB/s, p50: 20 MB/s", "feeds[0].write.p90", "required but missing"),
      ("p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s", "p10: 15 MB/s, p50: 20 MB/s, p95: 32 MB/s", "feeds[0].write.p95", "unknown key"),
      ("p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s", "p10: 15 MB/s, p50: 20 kg, p90: 32 MB/s", "feeds[0].write.p50", "cannot read"),
      ("[write, retention, 0.6]", "[write, latency, 0.6]", "uncertainty.correlate[0][1]", "not an uncertain input"),
      ("[write, retention, 0.6]", "[write, retention, 1.6]", "uncertainty.correlate[0][2]", "outside [-1, 1]"),
      ("[write, retention, 0.6]", "[write, write, 0.6]", "uncertainty.correlate[0]", "with itself"),
      ("[write, retention, 0.6]", "[write, retention]", "uncertainty.correlate[0]", "has 2 items"),
      (
        "[write, retention, 0.6]", "[write, retention, 0.9]\n    - [retention, compaction_read, 0.9]\n    - [write, compaction_read, -0.9]",
        "uncertainty.correlate", "not positive definite"
      ),
      ("  correlate:", "  parameters: some\n  correlate:", "uncertainty.parameters", "documented, none"),
      ("  correlate:", "  prices: {gpu: {p10: 1, p50: 1, p90: 2}}\n  correlate:", "uncertainty.prices.gpu", "unknown key"),
    ]
    for (from, to, field, text) in cases {
      let error = try Self.refusal { try UncertaintyReader.plan(try Self.edited { $0.replacingOccurrences(of: from, with: to) }) }
      #expect(error?.field == field, "\(to): \(String(describing: error))")
      #expect(error?.description.contains(text) == true, "\(to): \(String(describing: error))")
      #expect(error?.description.contains("scenario.yaml") == true, "\(String(describing: error))")
    }
  }

  /// A quantile error is also `compare`'s: its reader checks the order before taking the p50.
  @Test func compareRefusesQuantilesOutOfOrder() throws {
    let text = "version: 1\nname: x\npricing: aws/us-east-1\nfeeds:\n  - name: a\n    write: {p10: 3 MB/s, p50: 2 MB/s, p90: 4 MB/s}\n    partitions: 1\n"
    let error = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: "x.yaml") }
    #expect(error.field == "feeds[0].write")
    #expect(error.message.contains("out of order"))
  }

  @Test func nothingUncertainIsRefused() throws {
    let template = try Self.edited {
      $0.replacingOccurrences(of: "{p10: 15 MB/s, p50: 20 MB/s, p90: 32 MB/s}", with: "20 MB/s")
        .replacingOccurrences(of: "{p10: 1, p50: 2, p90: 3}", with: "2")
        .replacingOccurrences(of: "{p10: 6h, p50: 9h, p90: 12h}", with: "9h")
        .replacingOccurrences(of: "  correlate:\n    - [write, retention, 0.6]", with: "  parameters: none")
    }
    let error = try Self.refusal { try UncertaintyReader.plan(template) }
    #expect(error?.description.contains("nothing is uncertain") == true, "\(String(describing: error))")
  }
}
