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
    // Hour 20 (factor 21 ÷ mean 12.5) × growth's mean from 20 h to 21 h:
    // 1.05^(20/730) × (1.05^(1/730) − 1) ÷ (ln 1.05 ÷ 730).
    let growthMean = pow(1.05, 20.0 / 730) * (pow(1.05, 1.0 / 730) - 1) / (log(1.05) / 730)
    #expect(abs(product[20] - 1.68 * growthMean) < 1e-11)
  }

  // MARK: Diurnal peak

  /// The wave for ×3 at 20:00: k = 3 (ḡ = C(6,3)/4³ = 0.3125 ≤ 1/3; k = 2 gives 0.375), so
  /// g³ = 0.3125 + (30 cos θ + 12 cos 2θ + 2 cos 3θ)/64 and f = 1 + 2 (g³ − 0.3125)/0.6875.
  /// The step from 20:00 to 21:00 covers θ ∈ [0, π/12): the mean of cos jθ is sin(jπ/12)/(jπ/12).
  /// Simpson's rule on 20,000 intervals gives the same 2.950830291767814; the trough hour (08:00)
  /// averages 0.0909112, near the crest's mirror 1/11.
  @Test func anHourlyStepTakesTheWavesMeanOverTheHour() {
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(count: 24))
    let x = Double.pi / 12
    let oscillation = (30 * sin(x) / x + 12 * sin(2 * x) / (2 * x) + 2 * sin(3 * x) / (3 * x)) / 64
    #expect(abs(f[20] - (1 + 2 * oscillation / 0.6875)) < 1e-12)
    #expect(abs(f[20] - 2.950_830_291_767_814) < 1e-9)
    #expect(abs(f[19] - f[20]) < 1e-12)  // 19:00–20:00 mirrors 20:00–21:00
    #expect(abs(f[8] - 0.090_911_153_924_599) < 1e-9)
    #expect(abs(mean(f) - 1) < 1e-12)
    #expect(PeakWave(hour: 20, multiplier: 3).exponent == 3)
  }

  @Test func aPeakMultiplierOf1Point5UsesTheGentlestWave() {
    #expect(PeakWave(hour: 20, multiplier: 1.5).exponent == 1)
    // k = 1: f = 1 + cos θ / 2, whose mean over [0, π/12) is 1 + sin(π/12)/(π/12)/2.
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 1.5)), on: grid(count: 24))
    let x = Double.pi / 12
    #expect(abs(f[20] - (1 + sin(x) / x / 2)) < 1e-12)
    #expect(abs(f[8] - (1 - sin(x) / x / 2)) < 1e-12)
    #expect(abs(mean(f) - 1) < 1e-12)
  }

  @Test func thePeakWaveRepeatsEveryDayWithMean1() {
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(count: 24 * 7))
    for day in 0..<7 { #expect(f[24 * day + 20] == f[20]) }
    #expect(abs(mean(f) - 1) < 1e-12)
  }

  /// Finer steps approach the crest: the minute from 20:00 averages 2.999986 (Simpson's rule), and
  /// a day of steps keeps mean 1 at every step length, as the bytes written must.
  @Test func minuteStepsApproachThePeakAndEveryStepKeepsTheMean() {
    let minutes = factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(step: 60, count: 1_440))
    #expect(abs(minutes[20 * 60] - 2.999_986_153_806_369) < 1e-9)
    #expect(minutes.max()! <= 3)
    for step: Double in [60, 300, 900, 3_600, 25_200] {
      let count = Int(7 * 86_400 / step)
      let f = factors(.diurnal(.peak(hour: 20.5, multiplier: 2.5)), on: grid(step: step, count: count))
      #expect(abs(mean(f) - 1) < 1e-12, "step \(step)")
      #expect(f.min()! >= 0)
    }
  }

  @Test func dailyStepsAverageTheDailyWaveOut() {
    #expect(factors(.diurnal(.peak(hour: 20, multiplier: 3)), on: grid(step: 86_400, count: 5)) == [1, 1, 1, 1, 1])
  }

  /// ×200 needs ḡ ≤ 0.005, beyond k = 4,096 (ḡ ≈ 1/√(4,096π) = 0.0088): the wave is clipped at 0
  /// and each step averages 64 points; the trough hours are 0 and no factor is below it.
  @Test func aMultiplierTheWaveCannotCarryIsClippedAtZero() {
    let wave = PeakWave(hour: 20, multiplier: 200)
    #expect(wave.exponent == PeakWave.maximumExponent)
    let f = factors(.diurnal(.peak(hour: 20, multiplier: 200)), on: grid(count: 24))
    #expect(f.min() == 0)
    #expect(f[20] > 1)
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

  /// A step takes growth's mean over it: 1.05^(t/730 h) averaged over an hour is
  /// 1.05^(t/730) × (1.05^(1/730) − 1) ÷ (ln 1.05 ÷ 730) = 1.05^(t/730) × 1.0000334186651814.
  @Test func growthCompoundsPer730HourMonth() {
    let f = factors(.growth(perMonth: 0.05), on: grid(count: 12 * 730 + 1))
    let hourMean = 1.000_033_418_665_181_4
    #expect(abs(f[0] - hourMean) < 1e-12)
    #expect(abs(f[730] - 1.05 * hourMean) < 1e-12)
    // 1.05^12 = 1.795856326022129… after 12 × 730 h.
    #expect(abs(f[12 * 730] - 1.795_856_326_022_129 * hourMean) < 1e-12)
  }

  /// A grid that starts before the scenario (a warm-up) counts spike and growth offsets from the
  /// scenario's start: 2 hours earlier, a ×3 spike at 0 h for an hour is step 2, and growth of
  /// 5 % a month is below 1 before the start (1.05^(−2/730) × the hour's mean at step 0).
  @Test func aGridBeforeTheStartCountsOffsetsFromTheOrigin() {
    let early = grid(count: 4, start: Self.newYear2026 - 7_200)
    let spike = LoadProfile([.spikes([Spike(start: TimeSpan(seconds: 0), duration: .hours(1), multiplier: 3)])])
    #expect(spike.factors(on: early, origin: Self.newYear2026) == [1, 1, 3, 1])
    let growth = ProfileComponent.growth(perMonth: 0.05).factors(on: early, origin: Self.newYear2026)
    #expect(abs(growth[0] - pow(1.05, -2.0 / 730) * 1.000_033_418_665_181_4) < 1e-12)
    #expect(growth[0] < 1)
  }

  /// A spike from 00:30 for an hour (×3, no ramp) covers half of each of the first two hourly
  /// steps: each takes 1 + 2 × 0.5 = 2, and the bytes they write are the spike's.
  @Test func aSpikeInsideAStepIsAveragedOverIt() {
    let spike = Spike(start: .minutes(30), duration: .hours(1), multiplier: 3)
    #expect(factors(.spikes([spike]), on: grid(count: 3)) == [2, 2, 1])
    // With 30-minute ramps from 00:00: up over [0, 30 min), hold to 90 min, down to 120 min.
    // Hour 0: ramp area 15 min + hold 30 min = 45 min → 1 + 2 × 0.75 = 2.5; hour 1 the same.
    let ramped = Spike(start: TimeSpan(seconds: 0), duration: .hours(1), multiplier: 3, ramp: .minutes(30))
    #expect(factors(.spikes([ramped]), on: grid(count: 3)) == [2.5, 2.5, 1])
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
