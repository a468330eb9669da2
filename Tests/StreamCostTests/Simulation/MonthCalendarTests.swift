import Testing

@testable import StreamCost

/// Billed months of 730 hours (docs/model.md §5): month m starts with the first step whose start falls
/// in it or later.
struct MonthCalendarTests {
  /// The rule step by step: each step's month is its start ÷ 730 h, rounded down, and a month
  /// starts at the first step that reaches it (several at once after a step longer than a month).
  static func firstSteps(_ grid: TimeGrid) -> [Int] {
    let length = 730.0 * 3_600
    var first: [Int] = []
    for k in 0..<grid.count {
      let m = Int(grid.time(k) / length)
      while first.count <= m { first.append(k) }
    }
    return first
  }

  /// A year of hours: 12 months of 730 steps each.
  @Test func aYearOfHours() {
    let calendar = MonthCalendar(grid: TimeGrid(start: 0, step: 3_600, count: 8_760), convention: .average730)
    #expect(calendar.firstSteps == (0..<12).map { $0 * 730 })
    #expect(calendar.billedHours == Array(repeating: 730, count: 12))
    #expect(calendar.steps(inMonth: 11) == 8_030..<8_760)
  }

  /// 7-minute steps: step 6,257 starts at 43,799 min (729.98 h), step 6,258 at 43,806 min
  /// (730.1 h), which starts month 1.
  @Test func sevenMinuteSteps() {
    let calendar = MonthCalendar(grid: TimeGrid(start: 0, step: 420, count: 7_000), convention: .average730)
    #expect(calendar.firstSteps == [0, 6_258])
    #expect(calendar.month(ofStep: 6_257) == 0 && calendar.month(ofStep: 6_258) == 1)
  }

  /// 2,000-hour steps over 4,000 h: the second step (2,000 h) starts months 1 and 2 at once.
  @Test func aStepLongerThanAMonth() {
    let calendar = MonthCalendar(grid: TimeGrid(start: 0, step: 7_200_000, count: 2), convention: .average730)
    #expect(calendar.firstSteps == [0, 1, 1])
    #expect(calendar.steps(inMonth: 1).isEmpty && calendar.steps(inMonth: 2) == 1..<2)
  }

  /// The search gives the rule's months for steps from 1 minute to 1,000 hours, grids of 0 to
  /// 20,000 steps, and the step that ends exactly on a month's start.
  @Test(arguments: [60.0, 420, 3_600, 7_200, 10_800, 86_400, 2_628_000, 3_600_000])
  func searchGivesTheRulesMonths(step: Double) {
    for count in [0, 1, 2, 729, 730, 731, 8_760, 20_000] {
      let grid = TimeGrid(start: 0, step: step, count: count)
      #expect(MonthCalendar(grid: grid, convention: .average730).firstSteps == Self.firstSteps(grid), "step \(step) s × \(count)")
    }
  }
}
