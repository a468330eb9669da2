import Foundation
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// The terminal cost bars, character for character, without and with colour.
struct CostBarsTests {
  /// kafka: compute 30 + cross-AZ producer 13 = 43; diskless: compute 10.2 + object storage 0.2 = 10.4.
  /// Names 8 wide and totals 2 wide leave 100 − 8 − 2 − 4 = 86 cells, so the scale is exactly 2 cells per dollar.
  static let comparison = Comparison(
    scenario: "bars", description: "", book: SimulationFixtures.info, month: .average730,
    results: [
      SimulationFixtures.architecture(
        "kafka", [SimulationFixtures.line(.compute, "30", .hours, "1"), SimulationFixtures.line(.crossAZProducer, "13", .gb, "1")]),
      SimulationFixtures.architecture(
        "diskless", [SimulationFixtures.line(.compute, "10.2", .hours, "1"), SimulationFixtures.line(.objectStorage, "0.2", .gbMonths, "1")]),
    ],
    assumptions: [])

  static let title = "cost by category · USD per month · bars to scale, the longest is the largest total\n\n"

  @Test func plainBarsUseAFillCharacterPerCategoryAndALegend() {
    // kafka: edges at 30 × 2 = 60 and 43 × 2 = 86 cells. diskless: 10.2 × 2 = 20.4 → 20, then 10.4 × 2 = 20.8 → 21,
    // so object storage gets the one cell between them and the bar ends 65 cells short of the longest.
    let expected = Self.title
      + "kafka     " + String(repeating: "█", count: 60) + String(repeating: "=", count: 26) + "  43\n"
      + "diskless  " + String(repeating: "█", count: 20) + "▒" + String(repeating: " ", count: 65) + "  10\n"
      + "\n█ compute  ▒ object storage  = cross-AZ producer\n"
    #expect(CostBars.render(Self.comparison, colour: false) == expected)
  }

  @Test func colouredBarsAreFullBlocksInEachCategorysColour() {
    let blue = "\u{1B}[34m", green = "\u{1B}[32m", yellow = "\u{1B}[33m", reset = "\u{1B}[0m"
    let expected = Self.title
      + "kafka     " + blue + String(repeating: "█", count: 60) + reset + yellow + String(repeating: "█", count: 26) + reset + "  43\n"
      + "diskless  " + blue + String(repeating: "█", count: 20) + reset + green + "█" + reset + String(repeating: " ", count: 65) + "  10\n"
      + "\n" + blue + "█" + reset + " compute  " + green + "█" + reset + " object storage  " + yellow + "█" + reset + " cross-AZ producer\n"
    #expect(CostBars.render(Self.comparison, colour: true) == expected)
  }

  @Test func everyLineFitsInOneHundredColumns() {
    for line in CostBars.render(Self.comparison, colour: false).split(separator: "\n") {
      #expect(line.count <= CostBars.width, "\(line)")
    }
  }

  @Test func theLegendWrapsAtOneHundredColumns() {
    let legend = CostBars.legend(CostCategory.allCases, colour: false)
    #expect(
      legend == "█ compute  ▓ block storage  ▒ object storage  ░ object requests  = cross-AZ producer\n"
        + "# cross-AZ replication  + cross-AZ consumer  ~ cross-AZ rebalance\n")
  }

  @Test func everyCategoryHasItsOwnFillAndColour() {
    #expect(Set(CostCategory.allCases.map(CostBars.fill)).count == CostCategory.allCases.count)
    #expect(Set(CostCategory.allCases.map(CostBars.colourCode)).count == CostCategory.allCases.count)
  }

  @Test func allZeroTotalsDrawEmptyBars() {
    var c = Self.comparison
    c.results = [SimulationFixtures.architecture("idle", [SimulationFixtures.line(.compute, "0", .hours, "1")])]
    // Name 4 wide, total "0" 1 wide: 100 − 4 − 1 − 4 = 91 cells, all blank; no category is used.
    #expect(CostBars.render(c, colour: false) == Self.title + "idle  " + String(repeating: " ", count: 91) + "  0\n\n")
  }
}

/// Colour only on a terminal, and never when NO_COLOR is set to something.
struct TerminalColourTests {
  @Test func colourNeedsATerminalAndNoNoColor() {
    #expect(TerminalColour.enabled(isTerminal: true, environment: [:]))
    #expect(!TerminalColour.enabled(isTerminal: false, environment: [:]))
    #expect(!TerminalColour.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
    // no-color.org: an empty NO_COLOR does not disable colour.
    #expect(TerminalColour.enabled(isTerminal: true, environment: ["NO_COLOR": ""]))
  }
}
