import Testing

@testable import StreamCost

/// The step grid and its UTC calendar helpers. Instants are counted by hand from the Unix epoch:
/// 2026-01-01T00:00:00Z = 20 454 days × 86 400 s = 1 767 225 600 s (ModelDefaults.simulationStart).
struct TimeGridTests {
  static let newYear2026 = 1_767_225_600.0

  @Test func theDefaultSettingsGiveOneBilledMonthOfHours() {
    let grid = TimeGrid(.oneMonth(.average730))
    // ModelDefaults: start 2026-01-01T00:00:00Z, step 1 h; the 730-hour month gives 730 steps.
    #expect(grid.start == Self.newYear2026)
    #expect(grid.step == 3_600)
    #expect(grid.count == 730)
    #expect(grid.duration == 730 * 3_600)
  }

  @Test func stepTimesAreOffsetsFromTheStart() {
    let grid = TimeGrid(TimeSettings(start: Self.newYear2026, horizon: .hours(2), step: .minutes(15)))
    #expect(grid.count == 8)  // 2 h ÷ 15 min
    #expect(grid.time(0) == 0)
    #expect(grid.time(3) == 2_700)  // 3 × 900 s
    #expect(grid.midpoint(3) == 3_150)  // 3.5 × 900 s
    #expect(grid.instant(4) == Self.newYear2026 + 3_600)
  }

  @Test func hourOfDayIsUTC() {
    let grid = TimeGrid(start: Self.newYear2026 + 1_800, step: 3_600, count: 48)  // from 00:30 UTC
    #expect(grid.hourOfDay(0) == 0)
    #expect(grid.hourOfDay(20) == 20)
    #expect(grid.hourOfDay(24) == 0)  // the next day
    #expect(grid.secondOfDay(23) == 23 * 3_600 + 1_800)
  }

  @Test func weekdaysCountFromMondayAndTheEpochWasAThursday() {
    // 1970-01-01 was a Thursday (weekday 3 with Monday = 0); 1969-12-31 a Wednesday.
    #expect(TimeGrid.weekday(0) == 3)
    #expect(TimeGrid.weekday(-1) == 2)
    #expect(TimeGrid.secondOfDay(-1) == 86_399)
    // 2026-01-01 is a Thursday, so 2026-01-05 is a Monday and 2026-01-04 a Sunday.
    let days = TimeGrid(start: Self.newYear2026, step: 86_400, count: 7)
    #expect((0..<7).map(days.weekday) == [3, 4, 5, 6, 0, 1, 2])
  }
}
