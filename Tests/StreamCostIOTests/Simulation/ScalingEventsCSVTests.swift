import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// scaling_events.csv from hand-built events.
struct ScalingEventsCSVTests {
  static let events = [
    ScalingEvent(
      architecture: 0, architectureName: "kafka", offset: 5_400, reason: .scaleOut, before: 6, after: 9,
      bytesMoved: 1.5e12, duration: 12_600, crossAZBytes: 1e12, crossAZCost: SimulationFixtures.decimal("20.0000004"),
      hoursShort: 3.25),
    ScalingEvent(
      architecture: 1, architectureName: "=shared", offset: 86_400, reason: .azFailure, before: 9, after: 9,
      bytesMoved: 0, duration: 90.5, crossAZBytes: 0, crossAZCost: 0, hoursShort: 0),
  ]

  @Test func headerAndRowsMatchTheHandWrittenFile() {
    let text = ScalingEventsCSV.document(Self.events, grid: SimulationFixtures.grid, currency: "USD")
    // 1767225600 + 5400 s = 2026-01-01T01:30:00Z (GNU date); + 86400 s is the next midnight.
    // The cost keeps every digit (exact Decimal); "=shared" is neutralised with a leading '.
    let expected = [
      "time,architecture,reason,before,after,bytes_moved,duration_s,cross_az_bytes,cross_az_cost,currency,hours_short",
      "2026-01-01T01:30:00Z,kafka,scale-out,6,9,1500000000000,12600,1000000000000,20.0000004,USD,3.25",
      "2026-01-02T00:00:00Z,'=shared,az-failure,9,9,0,90.5,0,0,USD,0",
    ]
    #expect(text == expected.map { $0 + "\r\n" }.joined())
  }

  @Test func noEventsGiveTheHeaderAlone() {
    let text = ScalingEventsCSV.document([], grid: SimulationFixtures.grid, currency: "EUR")
    #expect(text == ScalingEventsCSV.columns.joined(separator: ",") + "\r\n")
  }
}
