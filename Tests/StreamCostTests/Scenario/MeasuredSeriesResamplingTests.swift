import Testing

@testable import StreamCost

/// Resampling a measured series on the step grid (MeasuredSeriesResampling.swift). Every expected
/// rate is the area under the straight lines between points, divided by the step, worked by hand.
struct MeasuredSeriesResamplingTests {
  static let t0 = 1_767_225_600.0  // 2026-01-01T00:00:00Z

  /// A series with points at `hours` after t0.
  func series(_ points: [(hours: Double, rate: Double)]) -> MeasuredSeries {
    MeasuredSeries(source: "s.csv", times: points.map { Self.t0 + $0.hours * 3_600 }, bytesPerSecond: points.map(\.rate))
  }

  func grid(step: Double = 3_600, count: Int, from hours: Double = 0) -> TimeGrid {
    TimeGrid(start: Self.t0 + hours * 3_600, step: step, count: count)
  }

  @Test func hourlyStepsAverageTheLinesBetweenPoints() {
    // 0 → 100 over the first hour (mean 50), 100 flat, then back to the first point's 0 over one
    // median spacing (1 h) and again: the period is 2 h + 1 h = 3 h.
    let s = series([(0, 0), (1, 100), (2, 100)])
    #expect(s.medianSpacing == 3_600)
    #expect(s.period == 3 * 3_600)
    #expect(s.resampled(on: grid(count: 6)) == [50, 100, 50, 50, 100, 50])
  }

  @Test func shortStepsReadTheInterpolatedLine() {
    // Half hours of 0 → 100: 0 → 50 (mean 25), 50 → 100 (75); 100; then 100 → 50 (75), 50 → 0 (25).
    let s = series([(0, 0), (1, 100), (2, 100)])
    #expect(s.resampled(on: grid(step: 1_800, count: 6)) == [25, 75, 100, 100, 75, 25])
  }

  @Test func aGapIsBridgedByAStraightLine() {
    // Points at 0 h, 1 h and 3 h: the 2-hour gap is interpolated 100 → 300. Spacings 1 h and 2 h give
    // a median of 1.5 h, so the period is 4.5 h and the line runs 300 → 0 from 3 h to 4.5 h.
    let s = series([(0, 0), (1, 100), (3, 300)])
    #expect(s.period == 4.5 * 3_600)
    let rates = s.resampled(on: grid(count: 5))
    #expect(rates[0] == 50)  // 0 → 100
    #expect(rates[1] == 150)  // 100 → 200 in the gap
    #expect(rates[2] == 250)  // 200 → 300
    #expect(rates[3] == 200)  // 300 → 100 (at 4 h: 300 − 300 × 1/1.5)
    // 4 h → 4.5 h: 100 → 0, mean 50; 4.5 h → 5 h is the next cycle's 0 → 50, mean 25: (50 + 25)/2.
    #expect(rates[4] == 37.5)
  }

  @Test func aSeriesStartingAfterTheSimulationRepeatsBackwards() {
    // Points at 2 h (100) and 3 h (200) repeat every 2 h: 100 → 200 → 100. Half-hour steps from 0 h
    // read the cycle shifted back by one period: 100 → 150 (125), 150 → 200 (175), 200 → 150, 150 → 100.
    let s = series([(2, 100), (3, 200)])
    #expect(s.resampled(on: grid(step: 1_800, count: 4)) == [125, 175, 175, 125])
  }

  @Test func aStepCoveringWholeCyclesReadsTheirMean() {
    // One 3-hour step over the 3-hour cycle of the first test: (50 + 100 + 50)/3.
    let s = series([(0, 0), (1, 100), (2, 100)])
    let rate = s.resampled(on: grid(step: 3 * 3_600, count: 2))
    #expect(abs(rate[0] - 200.0 / 3) < 1e-9)
    #expect(abs(rate[1] - 200.0 / 3) < 1e-9)
  }

  @Test func aOneWeekTraceCoversAMonthAndKeepsItsWeekdays() {
    // 168 hourly points (a week less one spacing) repeat with a period of exactly one week, so a
    // trace recorded three weeks earlier gives the same rates as the same trace aligned with the start.
    let rates = (0..<168).map { Double(($0 * 37) % 101) }
    let aligned = series(rates.enumerated().map { (Double($0.offset), $0.element) })
    let earlier = series(rates.enumerated().map { (Double($0.offset) - 3 * 168, $0.element) })
    #expect(aligned.period == 168 * 3_600)
    let month = grid(count: 730)
    let a = aligned.resampled(on: month)
    let b = earlier.resampled(on: month)
    #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 })
    // An hourly step between two points reads the mean of its two ends.
    #expect(abs(a[5] - (rates[5] + rates[6]) / 2) < 1e-9)
    #expect((0..<(730 - 168)).allSatisfy { abs(a[$0] - a[$0 + 168]) < 1e-9 })
  }

  @Test func aSinglePointIsConstant() {
    #expect(series([(5, 42)]).resampled(on: grid(count: 3)) == [42, 42, 42])
    #expect(series([(5, 42)]).period == 0)
  }
}
