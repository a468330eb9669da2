import Testing

@testable import StreamCostIO

/// Sparkline: values scaled min → max onto the eight blocks ▁▂▃▄▅▆▇█.
struct SparklineTests {
  @Test func oneToEightUsesEachBlockOnce() {
    // 8 values spread over 8 levels: value v maps to level (v − 1) × 7 ÷ 7 = v − 1.
    #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
  }

  @Test func levelsRoundToTheNearestBlock() {
    // Over 0…2: 1 sits at 1/2 × 7 = 3.5 levels, which rounds (half away from zero) to 4, `▅`.
    #expect(Sparkline.render([0, 1, 2]) == "▁▅█")
    // Over 6…12: 9 → 3.5 → ▅; 7 → 7/6 ≈ 1.17 → ▂.
    #expect(Sparkline.render([6, 7, 9, 12]) == "▁▂▅█")
  }

  @Test func equalValuesAreFlatAtTheBottom() {
    // Documented: every value is the minimum, so every block is the lowest.
    #expect(Sparkline.render([5, 5, 5]) == "▁▁▁")
    #expect(Sparkline.render([0]) == "▁")
  }

  @Test func noValuesGiveAnEmptyLine() {
    #expect(Sparkline.render([]) == "")
  }

  @Test func fittingKeepsTheMaximumOfEachStretch() {
    // Six values into three points: stretches [1,5] [2,2] [9,1] → their maxima.
    #expect(Sparkline.fitted([1, 5, 2, 2, 9, 1], width: 3) == [5, 2, 9])
    // Seven into three: stretches 0..<2, 2..<4, 4..<7 (i × 7 ÷ 3 rounded down).
    #expect(Sparkline.fitted([1, 2, 3, 4, 5, 6, 7], width: 3) == [2, 4, 7])
    #expect(Sparkline.fitted([1, 2], width: 5) == [1, 2])
    #expect(Sparkline.fitted([1, 2], width: 0) == [])
  }
}
