import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// The comparison table's header: what is alike in every column, what differs (a row under the
/// architecture names) and which column's own key overrides a scenario-wide setting.
struct ComparisonTableTests {
  static func compare(_ text: String) throws -> Comparison {
    let scenario = try ScenarioLoader.parse(text, file: "t.yaml")
    return try CostEngine(book: try PriceBookLoader.load(TestSupport.shippedBook)).compare(scenario)
  }

  static let feeds = """
    version: 1
    name: t
    pricing: aws/us-east-1
    feeds:
      - {name: events, write: 10 MB/s, retention: 1d, partitions: 6}

    """

  /// The defaults: the four designs share client placement, vendor fees and purchase option, and
  /// differ in scaling policy (peak for broker-local Kafka, reactive for the others, docs/model.md §5).
  @Test func theDefaultsShowWhatIsAlikeAndThePolicyRow() throws {
    let table = ComparisonTable.render(try Self.compare(Self.feeds))
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[2] == "alike in every column: client placement any-zone · vendor fees not priced · purchase option on-demand")
    let names = try #require(lines.firstIndex { $0.hasPrefix("      ") && $0.contains("kafka-tiered") })
    #expect(lines[names + 1] == ComparisonTable.row("scaling policy", ["peak", "peak", "reactive", "reactive"]))
    #expect(lines[names + 2].hasPrefix("───"))
    #expect(!table.contains("*"))
  }

  /// An own key is marked in its column and named in the header.
  @Test func anOverrideIsMarkedAndNamed() throws {
    let text = Self.feeds + """
      architectures:
        - {type: kafka}
        - {type: shared-storage, wal: object-storage, zone_router: true}

      """
    let table = ComparisonTable.render(try Self.compare(text))
    #expect(table.contains("* client placement set by the column's own key: shared-storage (architectures[1].zone_router)\n"))
    #expect(table.contains(ComparisonTable.row("client placement", ["any-zone", "zone-aware*"])))
    #expect(table.contains("alike in every column: vendor fees not priced · purchase option on-demand\n"))
  }
}
