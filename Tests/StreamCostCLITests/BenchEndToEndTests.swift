import Foundation
import Testing

/// `streamcost bench`: its table, and its refusal of a run count below one.
@Suite struct BenchEndToEndTests {
  @Test func printsBestAndMedianForBothStepsOfTwoWeeks() throws {
    // Two weeks: the demo scenario's incident spike (302 h in) must fall inside the horizon.
    let result = try CLIHarness.run(["bench", "--horizon", "336h", "--runs", "3"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 4)
    #expect(lines[1].hasPrefix("step    steps      arch-steps   best s    median s"))
    // 336 one-hour steps and 20,160 one-minute steps; the demo scenario has four architectures.
    let hour = lines[2].split(separator: " ")
    let minute = lines[3].split(separator: " ")
    try #require(minute.count >= 5)
    #expect(hour.prefix(3) == ["1h", "336", "1344"])
    #expect(minute.prefix(3) == ["1m", "20160", "80640"])
    // The best of three runs is the fastest; the median is the middle one.
    #expect(try #require(Double(minute[3])) <= (try #require(Double(minute[4]))))
  }

  @Test(arguments: ["0", "-3"])
  func aRunCountBelowOneIsAUsageError(_ runs: String) throws {
    let result = try CLIHarness.run(["bench", "--runs=\(runs)"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--runs must be at least 1, got \(runs)"))
    #expect(result.stdout == "")
  }

  @Test func runsDoNotApplyToASweep() throws {
    let result = try CLIHarness.run(["bench", "--sweep", "4", "--runs", "2"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--runs times the single runs; a --sweep is timed once"))
    #expect(result.stdout == "")
  }
}
