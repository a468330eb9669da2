import Foundation
import Testing

@testable import StreamCost

/// The engine: instance choice, errors placed at key paths, assumptions, determinism.
struct CostEngineTests {
  func scenario(_ architectures: [ArchitectureSpec], explicit: Set<String> = []) -> Scenario {
    Scenario(
      name: "engine", pricing: PricingReference(provider: "aws", region: "us-east-1"),
      feeds: Workloads.a().feeds, topology: Workloads.a().topology, architectures: architectures, explicitKeys: explicit)
  }

  /// `cheapest` prices every type in the book and keeps the lowest total; it must not cost more
  /// than any named type (here: r6i.xlarge, priced by hand at 28,364.765 in BrokerLocalKafkaTests).
  @Test func cheapestIsNoDearerThanAnyNamedType() throws {
    let engine = CostEngine(book: TestBook.book)
    let cheapest = try engine.compare(scenario([ArchitectureSpec(config: .kafka(BrokerLocalConfig()))]))
    for name in TestBook.book.instances.keys where name != "i3en.large" {
      let named = try? engine.compare(scenario([ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named(name))))]))
      if let named { #expect(cheapest.results[0].total <= named.results[0].total, "\(name)") }
    }
    let r6i = try engine.compare(scenario([ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarge"))))]))
    #expect(r6i.results[0].total == Decimal(string: "28364.765")!)
  }

  @Test func unknownInstanceIsReportedAtItsKeyWithSuggestions() {
    let spec = ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarg"))))
    #expect {
      try CostEngine(book: TestBook.book).compare(scenario([spec]))
    } throws: { error in
      guard case .scenario(let issues) = error as? EngineError else { return false }
      return issues.first?.keyPath == "architectures[0].instance" && issues.first!.message.contains("'r6i.xlarge'")
    }
  }

  @Test func unknownControllerInstanceIsReportedAtItsKey() {
    let spec = ArchitectureSpec(config: .kafka(BrokerLocalConfig(instance: .named("r6i.xlarge"), controllerInstance: "nope.large")))
    #expect {
      try CostEngine(book: TestBook.book).compare(scenario([spec]))
    } throws: { error in
      guard case .scenario(let issues) = error as? EngineError else { return false }
      return issues.first?.keyPath == "architectures[0].controller_instance"
    }
  }

  @Test func tooSmallEverywhereNamesTheFeed() {
    var s = scenario([ArchitectureSpec(config: .kafka(BrokerLocalConfig()))])
    s.feeds = [Feed(name: "firehose", write: .mbps(900), fanOut: 2, partitions: 1)]
    #expect {
      try CostEngine(book: TestBook.book).compare(s)
    } throws: { error in
      "\(error)".contains("firehose") && "\(error)".contains("architectures[0].instance")
    }
  }

  @Test func assumptionsRecordOriginAndSource() throws {
    let result = try CostEngine(book: TestBook.book).compare(
      scenario(ArchitectureSpec.defaults, explicit: ["topology.azs", "architectures[2].put_per_mbps"]))
    let azs = try #require(result.assumptions.first { $0.name == "topology.azs" })
    #expect(azs.origin == .scenario)
    #expect(result.assumptions.first { $0.name == "topology.disk_utilisation" }?.origin == .default)
    let put = try #require(result.allAssumptions.first { $0.name == "architectures[2].put_per_mbps" })
    #expect(put.origin == .scenario && put.uncertain)
    #expect(result.allAssumptions.allSatisfy { !$0.source.isEmpty })
  }

  @Test func sameInputsGiveIdenticalResults() throws {
    let engine = CostEngine(book: TestBook.book)
    #expect(try engine.compare(scenario(ArchitectureSpec.defaults)) == engine.compare(scenario(ArchitectureSpec.defaults)))
  }
}
