import Foundation
import Testing

@testable import StreamCost

/// Load-profile factors on the step grid (LoadProfileShape.swift). Every grid starts at
/// 2026-01-01T00:00:00Z, a Thursday (1 767 225 600 s after the epoch).
struct LoadProfileShapeTests {
  static let newYear2026 = 1_767_225_600.0

  func grid(step: Double = 3_600, count: Int, start: Double = newYear2026) -> TimeGrid {
    TimeGrid(start: start, step: step, count: count)
  }

  func factors(_ components: ProfileComponent..., on grid: TimeGrid) -> [Double] {
    LoadProfile(components).factors(on: grid)
  }

  func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

  // MARK: Flat and products

  @Test func aFlatProfileIsOneAtEveryStep() {
    #expect(LoadProfile.flat.factors(on: grid(count: 5)) == [1, 1, 1, 1, 1])
    #expect(LoadProfile.flat.factors(on: grid(count: 0)) == [])
  }

  @Test func componentsMultiply() {
    let g = grid(count: 48)
    let hourly = ProfileComponent.diurnal(.hourly((0..<24).map { Double($0 + 1) }))
    let growth = ProfileComponent.growth(perMonth: 0.05)
    let product = factors(hourly, growth, on: g)
    let separate = (hourly.factors(on: g), growth.factors(on: g))
    for i in 0..<48 { #expect(product[i] == separate.0[i] * separate.1[i]) }
    // Hour 20 (factor 21 ÷ mean 12.5) at t = 20 h: 1.68 × 1.05^(20/730).
    #expect(abs(product[20] - 1.68 * pow(1.05, 20.0 / 730)) < 1e-12)
  }

  // MARK: Diurnal peak

  @Test func aPeakAtHour20WithMultiplier3HasMean1AndMax3() {
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(count: 24))
    #expect(abs(mean(f) - 1) < 1e-12)
    #expect(f[20] == 3)
    #expect(f.max() == 3)
    #expect(f.min()! >= 0)
    // k = 3: the wave's mean over 24 hourly points is the continuous C(2k,k)/4^k (exact for k < 24):
    // k = 1 → 0.5 and k = 2 → 0.375 put the trough at 1 − 2ḡ/(1 − ḡ) < 0; k = 3 → 0.3125 gives
    // 1 − 0.625/0.6875 = 1/11 at hour 8, twelve hours from the peak.
    #expect(PeakWave(hour: 20, multiplier: 3).exponent(on: grid(count: 24)) == 3)
    #expect(abs(f[8] - 1.0 / 11) < 1e-12)
  }

  @Test func aPeakMultiplierOf1Point5UsesTheGentlestWave() {
    let g = grid(count: 24)
    #expect(PeakWave(hour: 20, multiplier: 1.5).exponent(on: g) == 1)
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 1.5)), on: g)
    // k = 1: f = 1 + 0.5 (g − 0.5)/0.5 = 1 + cos(2π(h − 20)/24)/2: 1.5 at 20 h, 0.5 at 8 h, 1 at 14 h and 2 h.
    #expect(f[20] == 1.5)
    #expect(abs(f[8] - 0.5) < 1e-12)
    #expect(abs(f[14] - 1) < 1e-12)
    #expect(abs(f[2] - 1) < 1e-12)
  }

  @Test func thePeakWaveRepeatsEveryDay() {
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(count: 24 * 7))
    for day in 0..<7 { #expect(f[24 * day + 20] == 3) }
    #expect(abs(mean(f) - 1) < 1e-12)
  }

  @Test func minuteStepsKeepTheMeanAndReachThePeak() {
    let f = factors(.diurnal(.peak(hour: 20.5, multiplier: 2.5)), on: grid(step: 60, count: 1_440))
    #expect(abs(mean(f) - 1) < 1e-12)
    #expect(f[20 * 60 + 30] == 2.5)  // the step starting at 20:30
    #expect(f.max() == 2.5)
    #expect(f.min()! >= 0)
  }

  @Test func dailyStepsAverageTheDailyWaveOut() {
    // One point a day samples the wave at one height: the rule gives factor 1.
    #expect(factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(step: 86_400, count: 5)) == [1, 1, 1, 1, 1])
  }

  @Test func stepsThatDoNotDivideADayUseTheContinuousWave() {
    // 7-hour steps: gcd(7, 24) = 1, so 24 steps (one week) start once on every hour of the day and
    // their mean is the continuous mean (1); hour 20 is reached at step 20 (140 h = 5 d 20 h).
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(step: 7 * 3_600, count: 24))
    #expect(PeakWave(hour: 20, multiplier: 3).exponent(on: grid(step: 7 * 3_600, count: 24)) == 3)
    #expect(abs(mean(f) - 1) < 1e-12)
    #expect(f[20] == 3)
    #expect(f.min()! >= 0)
  }

  @Test func aMultiplierTheGridCannotCarryIsClippedAtZero() {
    // 4-hour steps give 6 points a day; with one at the peak, peak ÷ mean cannot exceed 6 with
    // every factor ≥ 0, so ×8 runs the search to its limit and clips negative factors to 0.
    let g = grid(step: 4 * 3_600, count: 6)
    #expect(PeakWave(hour: 20, multiplier: 8).exponent(on: g) == PeakWave.maximumExponent)
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 8)), on: g)
    #expect(f[5] == 8)
    #expect(f.min() == 0)
  }

  // MARK: Diurnal hourly

  @Test func hourlyFactorsAreNormalisedToMean1() {
    // Factors 1 … 24 have mean 12.5: hour h gets (h + 1)/12.5.
    let hourly = ProfileComponent.diurnal(.hourly((0..<24).map { Double($0 + 1) }))
    let f = factors(hourly, on: grid(count: 48))
    #expect(f[0] == 1 / 12.5)
    #expect(f[20] == 21 / 12.5)
    #expect(f[44] == 21 / 12.5)  // the next day
    #expect(abs(mean(f) - 1) < 1e-12)
  }

  @Test func aStepInsideAnHourTakesThatHoursFactor() {
    let hourly = ProfileComponent.diurnal(.hourly((0..<24).map { Double($0 + 1) }))
    let f = factors(hourly, on: grid(step: 1_800, count: 48))
    #expect(f[40] == 21 / 12.5)  // 20:00–20:30
    #expect(f[41] == 21 / 12.5)  // 20:30–21:00
  }

  @Test func aStepAcrossHoursAveragesThem() {
    let hourly = ProfileComponent.diurnal(.hourly((0..<24).map { Double($0 + 1) }))
    // 2-hour steps: step 10 covers hours 20 and 21, (21 + 22)/2 ÷ 12.5 = 1.72.
    #expect(abs(factors(hourly, on: grid(step: 7_200, count: 12))[10] - 1.72) < 1e-12)
    // From 00:30, the first hour-long step is half hour 0, half hour 1: (1 + 2)/2 ÷ 12.5 = 0.12.
    #expect(abs(factors(hourly, on: grid(count: 24, start: Self.newYear2026 + 1_800))[0] - 0.12) < 1e-12)
    // A day-long step averages the whole day: mean 1.
    #expect(abs(factors(hourly, on: grid(step: 86_400, count: 1))[0] - 1) < 1e-12)
  }

  // MARK: Weekly

  @Test func weeklyPicksTheUTCWeekday() {
    // Thursday ×2, other days ×1: mean 8/7, so Thursday gets 1.75 and the others 0.875.
    let weekly = ProfileComponent.weekly([1, 1, 1, 2, 1, 1, 1])
    let f = factors(weekly, on: grid(count: 48))
    #expect(f[0] == 1.75)  // 2026-01-01 is a Thursday
    #expect(f[23] == 1.75)
    #expect(f[24] == 0.875)  // Friday
  }

  @Test func dailyStepsFromAMondayFollowTheWeek() {
    let weekly = ProfileComponent.weekly([7, 6, 5, 4, 3, 2, 1])  // mean 4
    let monday = Self.newYear2026 + 4 * 86_400  // 2026-01-05
    let f = factors(weekly, on: grid(step: 86_400, count: 8, start: monday))
    #expect(f == [1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25, 1.75])
  }

  // MARK: Spikes

  @Test func aSpikeRampsHoldsAndRampsDown() {
    // ×5 from 60 min, 10 min ramps, 30 min hold, 1-minute steps evaluated at their midpoint (i + 0.5) min.
    // Up-ramp: s = (i + 0.5 − 60)/10; hold from 70 to 100 min; down-ramp: s = 1 − (i + 0.5 − 100)/10.
    let spike = Spike(start: .minutes(60), duration: .minutes(30), multiplier: 5, ramp: .minutes(10))
    let f = factors(.spikes([spike]), on: grid(step: 60, count: 180))
    let expected: [Int: Double] = [
      59: 1,  // before the start
      60: 1 + 4 * 0.05,  // 0.5 min into the ramp
      64: 1 + 4 * 0.45,
      69: 1 + 4 * 0.95,
      70: 5, 99: 5,  // holding
      100: 1 + 4 * 0.95,
      109: 1 + 4 * 0.05,
      110: 1,  // over
    ]
    for (i, value) in expected { #expect(abs(f[i] - value) < 1e-12, "step \(i)") }
  }

  @Test func overlappingSpikesMultiply() {
    let big = Spike(start: .hours(1), duration: .hours(3), multiplier: 2)
    let dip = Spike(start: .hours(2), duration: .hours(1), multiplier: 0.5)
    #expect(factors(.spikes([big, dip]), on: grid(count: 6)) == [1, 2, 1, 2, 1, 1])
    #expect(factors(.spikes([big]), .spikes([dip]), on: grid(count: 6)) == [1, 2, 1, 2, 1, 1])
  }

  /// Spike factors are worked out only near each spike (1 exactly elsewhere); at the grid's edges,
  /// past its end and for a spike that never ends, both the component's own factors and the
  /// profile's product equal the per-step product of every spike's factor.
  @Test func spikesAtTheEdgesEqualThePerStepProduct() {
    let g = grid(step: 600, count: 30)  // 5 h of 10-minute steps
    let spikes = [
      Spike(start: TimeSpan(seconds: 0), duration: .minutes(20), multiplier: 3, ramp: .minutes(10)),  // from the first step
      Spike(start: .hours(4), duration: .hours(5), multiplier: 2, ramp: .minutes(30)),  // past the last step
      Spike(start: .hours(2), duration: TimeSpan(seconds: 1e30), multiplier: 1.5),  // never ends
    ]
    let expected = (0..<g.count).map { i in spikes.reduce(1.0) { $0 * $1.factor(at: g.midpoint(i)) } }
    #expect(ProfileComponent.spikes(spikes).factors(on: g) == expected)
    #expect(factors(.spikes(spikes), on: g) == expected)
    #expect(expected[0] == 1 + 2 * 0.5 && expected[29] == 2 * 1.5)
  }

  // MARK: Growth

  @Test func growthCompoundsPer730HourMonth() {
    let f = factors(.growth(perMonth: 0.05), on: grid(count: 12 * 730 + 1))
    #expect(f[0] == 1)
    #expect(abs(f[730] - 1.05) < 1e-12)
    // 1.05^12 = 1.795856326022129… after 12 × 730 h.
    #expect(abs(f[12 * 730] - 1.795_856_326_022_129) < 1e-12)
  }

  // MARK: Series

  @Test func aSeriesIsUsedAsAShapeOfMean1() {
    // Points 0, 100, 100 an hour apart repeat every 3 h; hourly means 50, 100, 50 (MeasuredSeriesResamplingTests).
    let series = MeasuredSeries(source: "s.csv", times: [0, 3_600, 7_200].map { Self.newYear2026 + $0 }, bytesPerSecond: [0, 100, 100])
    let f = factors(.series(series), on: grid(count: 6))
    #expect(f == [0.75, 1.5, 0.75, 0.75, 1.5, 0.75])  // ÷ 200/3
  }

  @Test func aSeriesAtZeroOverTheHorizonGivesZero() {
    let series = MeasuredSeries(source: "s.csv", times: [Self.newYear2026], bytesPerSecond: [0])
    #expect(factors(.series(series), on: grid(count: 3)) == [0, 0, 0])
  }
}
