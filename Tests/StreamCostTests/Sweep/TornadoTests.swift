import Foundation
import Testing

@testable import StreamCost

/// Tornado maths: bars sorted by swing, and a ranking flip flagged when it happens.
struct TornadoTests {
  static func outcome(_ a: Double, _ b: Double) -> SweepOutcome {
    SweepOutcome(architectures: [
      .init(name: "a", kind: .kafka, total: Decimal(a), categories: [], peakCount: 0, events: 0, hoursShort: 0),
      .init(name: "b", kind: .diskless, total: Decimal(b), categories: [], peakCount: 0, events: 0, hoursShort: 0),
    ])
  }

  @Test func barsAreSortedBySwingAndFlipsAreFlagged() {
    // Base: a 100, b 120 (a cheapest). "small" moves a by ±5; "big" takes a to 150 at its high: b becomes cheapest.
    let tornado = Tornado(
      parameters: ["small", "big"], base: Self.outcome(100, 120), low: [Self.outcome(95, 120), Self.outcome(90, 120)],
      high: [Self.outcome(105, 120), Self.outcome(150, 120)])
    #expect(tornado.bars[0].map(\.parameter) == ["big", "small"])
    #expect(tornado.bars[0][0].swing == 60)
    #expect(abs(tornado.bars[0][0].share - 0.6) < 1e-12)
    #expect(tornado.bars[1].allSatisfy { $0.swing == 0 })
    #expect(tornado.flips.map(\.flips) == [false, true])
    #expect(tornado.flips[1].cheapestHigh == "b")
    #expect(tornado.flips[1].cheapestLow == "a")
    #expect(tornado.anyFlip)
  }

  @Test func swingCountsTheBaseWhenLowAndHighAreOnOneSide() {
    let tornado = Tornado(parameters: ["p"], base: Self.outcome(100, 300), low: [Self.outcome(110, 300)], high: [Self.outcome(130, 300)])
    #expect(tornado.bars[0][0].swing == 30)
    #expect(!tornado.anyFlip)
  }
}
