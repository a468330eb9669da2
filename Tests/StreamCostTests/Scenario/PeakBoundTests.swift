import Foundation
import Testing

@testable import StreamCost

/// The upper bound on a profile's highest factor, worked by hand for each component.
struct PeakBoundTests {
  let month = TimeSettings(horizon: .hours(730))

  /// ×2 over [0, 1h], ×3 over [0.5h, 2h] and ×5 from 3h: the largest product at one instant is
  /// 2 × 3 = 6 (where the first two overlap), above the lone 5.
  @Test func overlappingSpikesMultiply() {
    let spikes = [
      Spike(start: .hours(0), duration: .hours(1), multiplier: 2),
      Spike(start: .minutes(30), duration: .hours(1.5), multiplier: 3),
      Spike(start: .hours(3), duration: .hours(1), multiplier: 5),
    ]
    #expect(abs(exp(PeakBound.logOverlap(spikes)) - 6) < 1e-9)
  }

  /// A spike that ends where the next begins does not stack with it: 2, not 4.
  @Test func adjacentSpikesDoNotStack() {
    let spikes = [
      Spike(start: .hours(0), duration: .hours(1), multiplier: 2),
      Spike(start: .hours(1), duration: .hours(1), multiplier: 2),
    ]
    #expect(abs(exp(PeakBound.logOverlap(spikes)) - 2) < 1e-9)
  }

  /// Hourly factors peak at max ÷ mean: 23 hours of 1 and one of 25 have mean 2, so the peak is 12.5.
  @Test func hourlyFactorsPeakAtMaxOverMean() {
    let factors = [Double](repeating: 1, count: 23) + [25]
    let bound = PeakBound.logFactor(.diurnal(.hourly(factors)), time: month, validGrid: true)
    #expect(abs(exp(bound) - 12.5) < 1e-9)
  }

  /// 5 %/month over one 730-hour month is 1.05; over a 3-year horizon, 1.05^36 ≈ 5.79.
  @Test func growthCompoundsOverTheHorizon() {
    #expect(abs(exp(PeakBound.logFactor(.growth(perMonth: 0.05), time: month, validGrid: true)) - 1.05) < 1e-12)
    let threeYears = TimeSettings(horizon: .hours(3 * 8_760), step: .days(1))
    #expect(abs(exp(PeakBound.logFactor(.growth(perMonth: 0.05), time: threeYears, validGrid: true)) - pow(1.05, 36)) < 1e-9)
  }
}
