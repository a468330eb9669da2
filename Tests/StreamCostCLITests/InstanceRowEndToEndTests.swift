import Foundation
import Testing

/// `pricing validate` and the loader behind `compare` refuse an instance row without its EBS baseline.
///
/// Row 30 of the shipped instances.csv is c7g.large (630 Mbit/s EBS baseline); the copy empties that cell.
@Suite(.serialized)
struct InstanceRowEndToEndTests {
  static let message =
    "/instances.csv:30: column ebs_baseline_mbps: is empty for c7g.large, "
    + "but kafka and kafka-tiered on gp3 volumes size disk throughput on the EBS baseline "
    + "(accepted: the type's baseline (not maximum) EBS bandwidth in Mbit/s, above 0, "
    + "from the provider's EBS-optimized instance table)\n"

  static func bookWithoutC7gEBS() throws -> URL {
    try CLIHarness.bookCopy(editing: "instances.csv") { lines in
      lines[29] = lines[29].replacingOccurrences(of: "c7g.large,2,4,0.937,,,630,", with: "c7g.large,2,4,0.937,,,,")
    }
  }

  @Test func pricingValidateExits65NamingFileRowAndField() throws {
    let book = try Self.bookWithoutC7gEBS()
    let result = try CLIHarness.run(["pricing", "validate", book.path])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(result.stderr == "streamcost: error: \(book.path)\(Self.message)")
  }

  @Test func compareRefusesTheBookAndWritesNothing() throws {
    let book = try Self.bookWithoutC7gEBS()
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run([
      "compare", "scenarios/telco-c360-feeds.yaml", "--pricing", book.path, "--out", out.path, "--no-ledger",
    ])
    #expect(result.status == 65)
    #expect(result.stderr == "streamcost: error: \(book.path)\(Self.message)")
    #expect(CLIHarness.contents(of: out) == nil)
  }
}
