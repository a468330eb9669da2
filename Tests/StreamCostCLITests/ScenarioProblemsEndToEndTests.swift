import Foundation
import Testing

/// A scenario with several problems: every one is printed in one run, then the data exit status.
@Suite(.serialized)
struct ScenarioProblemsEndToEndTests {
  @Test func threeProblemsPrintThreeLinesInFileOrderAndExit65() throws {
    // scenarioText's lines: 6 write, 8 partitions; the topology key is on line 10.
    let text = scenarioText(write: "10", partitions: "six", extra: "topology:\n  azz: 3\n")
    let file = try CLIHarness.write(text)
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    for command in [["scenario", "check", file.path], ["compare", file.path, "--out", out.path]] {
      let result = try CLIHarness.run(command)
      #expect(result.status == 65)
      let lines = CLIHarness.errorLines(result)
      #expect(lines.map { $0.hasPrefix("streamcost: error: \(file.path):") } == [true, true, true], "\(lines)")
      #expect(lines.count == 3)
      #expect(lines.count == 3 && lines[0].contains(":6: feeds[0].write: "))
      #expect(lines.count == 3 && lines[1].contains(":8: feeds[0].partitions: 'six' is not a whole number (accepted: e.g. 3)"))
      #expect(lines.count == 3 && lines[2].contains(":10: topology.azz: unknown key 'azz': did you mean 'azs'?"))
      #expect(result.stdout == "")
    }
    #expect(CLIHarness.contents(of: out) == nil, "--out folder was created")
  }

  @Test func twentyFiveProblemsPrintTwentyAndACount() throws {
    let extra = (0..<25).map { "unknown_\($0): 1\n" }.joined()
    let file = try CLIHarness.write(scenarioText(extra: extra))
    let result = try CLIHarness.run(["scenario", "check", file.path])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines.count == 21)
    #expect(lines.first?.hasPrefix("streamcost: error: \(file.path):9: unknown_0: unknown key 'unknown_0'") == true, "\(lines)")
    #expect(lines.last == "streamcost: error: and 5 more")
  }

  @Test func sensitivityListsWhatAppliesToNothing() throws {
    // kafka alone in one AZ: no object storage, no requests, no cross-AZ traffic.
    let text = scenarioText(extra: "topology: {azs: 1, replication_factor: 1}\narchitectures:\n  - type: kafka\n")
    let file = try CLIHarness.write(text)
    let result = try CLIHarness.run(["sensitivity", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(
      "Left out, as they apply to nothing in this scenario: compaction_read, put_per_mbps, get_per_mbps, request_floor, "
        + "instance_start, throughput_per_vcpu, compaction_levels, price.object_storage, price.object_requests, price.cross_az\n"))
    #expect(!result.stdout.contains("  price.object_storage "))
    #expect(result.stdout.contains("  price.block_storage "))
  }
}
