import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// What ships with the package must load as written: the `scenario init` template and scenarios/*.yaml.
struct ShippedScenarioTests {
  @Test func theTemplateParses() throws {
    let s = try ScenarioLoader.parse(ScenarioTemplate.text, file: "template.yaml")
    // Values as written in ScenarioTemplate.text.
    #expect(s.name == "my-workload")
    #expect(s.feeds.map(\.name) == ["events"])
    #expect(s.feeds[0].partitions == 48)
    #expect(s.month == .average730)
    #expect(s.architectures.map(\.name) == ["kafka", "kafka-tiered", "shared-storage", "diskless"])
  }

  @Test func thereAreShippedScenarios() {
    // scenarios/ holds five files at the time of writing, the demo among them.
    #expect(TestSupport.shippedScenarios.count >= 5)
    #expect(TestSupport.shippedScenarios.contains(TestSupport.telcoScenario))
  }

  @Test(arguments: TestSupport.shippedScenarios)
  func everyShippedScenarioLoads(_ path: String) throws {
    let s = try ScenarioLoader.load(path)
    // Each scenario's name is its file name (the convention of scenarios/).
    #expect(s.name == ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    #expect(!s.feeds.isEmpty)
    #expect(!s.architectures.isEmpty)
  }
}
