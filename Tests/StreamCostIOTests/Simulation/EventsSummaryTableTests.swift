import Foundation
import StreamCost
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// The terminal events summary: hand-built totals, exact text, and the 100-column limit.
struct EventsSummaryTableTests {
  typealias F = SimulationFixtures

  static func totals(
    _ name: String, events: Int, bytesMoved: Double, lead: Double, hoursShort: Double, samples: [Int]
  ) -> SimulationResult.Totals {
    SimulationResult.Totals(
      name: name, peakCount: samples.max() ?? 0, minimumCount: samples.min() ?? 0, meanCount: 0, hoursShort: hoursShort,
      events: events, bytesMoved: bytesMoved, longestLeadTime: lead, countSamples: samples)
  }

  @Test func rendersTheHandWrittenSummary() {
    let result = F.result(
      months: [],
      totals: [
        // 2 TiB = 2 × 2^40 bytes. Lead 18 125 s = 302.08 min → 302m. 12.46 h → 12.5.
        Self.totals("kafka", events: 3, bytesMoved: 2_199_023_255_552, lead: 18_125, hoursShort: 12.46, samples: [6, 6, 9, 12, 9, 6]),
        // Lead 95 s = 1.58 min → 2m. No bytes moved.
        Self.totals("shared-storage", events: 2, bytesMoved: 0, lead: 95, hoursShort: 0, samples: [6, 6, 7, 12, 7, 6]),
        Self.totals("diskless", events: 0, bytesMoved: 0, lead: 0, hoursShort: 0, samples: [6, 6, 6, 6, 6, 6]),
      ])
    // Sparklines over 6…12 (7 levels over 6 brokers): 9 → 3.5 → ▅, 7 → 1.17 → ▂; a flat line is ▁.
    let expected = """
      scaling and failure events · 30d in 1m steps

      architecture    events  data moved  longest lead  hours short
      ─────────────────────────────────────────────────────────────
      kafka                3       2 TiB          302m         12.5
      shared-storage       2         0 B            2m          0.0
      diskless             0         0 B             —          0.0

      brokers / agents over the horizon (each point the most running in its stretch)
      kafka           6 ▁▁▅█▅▁ 12
      shared-storage  6 ▁▁▂█▂▁ 12
      diskless        6 ▁▁▁▁▁▁ 6

      """
    #expect(EventsSummaryTable.render(result) == expected)
  }

  @Test func longNamesAndManySamplesStayWithinOneHundredColumns() {
    let name = String(repeating: "a-very-long-architecture-name-", count: 3)
    let samples = (0..<500).map { $0 % 37 + 1_000 }
    let result = F.result(
      months: [], totals: [Self.totals(name, events: 1_234_567, bytesMoved: 1e18, lead: 1e7, hoursShort: 26_280, samples: samples)])
    let lines = EventsSummaryTable.render(result).split(separator: "\n")
    for line in lines { #expect(line.count <= EventsSummaryTable.width, "\(line.count): \(line)") }
    // The sparkline line fills the width exactly: 500 samples are fitted to what is left.
    #expect(lines.last?.count == EventsSummaryTable.width)
  }
}
