import StreamCost
import Testing

@testable import StreamCostIO

struct UncertaintyTablesTests {
  /// On a scale of 0…31 over 32 characters each unit is one character: whiskers from P5 = 0 to
  /// P95 = 31, the box from P25 = 10 to P75 = 20, the median at 15.
  @Test func boxPlotByHand() {
    var spread = UncertaintySummary.Spread([0])
    (spread.p5, spread.p25, spread.p50, spread.p75, spread.p95) = (0, 10, 15, 20, 31)
    let plot = UncertaintyTables.boxPlot(spread, low: 0, high: 31)
    #expect(plot == String(repeating: "─", count: 10) + "█████┃█████" + String(repeating: "─", count: 11))
    #expect(plot.count == UncertaintyTables.plotWidth)
  }

  /// A spread narrower than a character is one median mark, placed on the shared scale (trailing blanks dropped).
  @Test func aFixedBillIsOneMark() {
    var spread = UncertaintySummary.Spread([0])
    (spread.p5, spread.p25, spread.p50, spread.p75, spread.p95) = (0, 0, 0, 0, 0)
    #expect(UncertaintyTables.boxPlot(spread, low: 0, high: 31) == "┃")
    #expect(UncertaintyTables.boxPlot(spread, low: 5, high: 5) == String(repeating: " ", count: 16) + "┃")
  }
}
