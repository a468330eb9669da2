import Foundation
import Testing

/// Runs the built binary on a shipped scenario and reads back the CSV files it wrote.
@Suite(.serialized)
struct CompareEndToEndTests {
  @Test func demoScenarioWritesEveryFile() throws {
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--out", out.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for name in ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
    }
    #expect(result.stdout.contains("total"))
  }
}
