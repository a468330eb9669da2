import Foundation

/// An upper bound on the highest factor a load profile reaches over the horizon (1 for a flat
/// profile): what ``InputLimits/peakWrite`` is checked against before anything is simulated.
///
/// The bound is worked out from the components alone, never by stepping through the horizon,
/// except for a measured series, which is resampled on the grid as the simulator will do.
/// Factors multiply, so the bound is a product; it is kept as a logarithm so that a profile whose
/// product overflows `Double` still compares (and is refused) correctly.
enum PeakBound {
  /// ln of the bound for `profile` over `time`; `.infinity` when a component has no finite bound.
  static func logFactor(_ profile: LoadProfile, time: TimeSettings, validGrid: Bool) -> Double {
    profile.components.reduce(0) { $0 + logFactor($1, time: time, validGrid: validGrid) }
  }

  static func logFactor(_ component: ProfileComponent, time: TimeSettings, validGrid: Bool) -> Double {
    switch component {
    case .diurnal(.hourly(let factors)): logPeakOverMean(factors)
    case .diurnal(.peak(_, let multiplier)): log(max(1, multiplier))
    case .weekly(let factors): logPeakOverMean(factors)
    case .spikes(let spikes): logOverlap(spikes)
    case .growth(let rate): rate > 0 ? log1p(rate) * time.horizon.seconds / growthMonth : 0
    case .series(let series):
      validGrid ? logPeakOverMean(series.resampled(on: TimeGrid(time))) : logPeakOverMean(series.bytesPerSecond)
    }
  }

  /// The 730-hour month growth compounds over, s.
  static let growthMonth = TimeSpan.hours(ModelConstants.hoursPerBillingMonth).seconds

  /// ln(max ÷ mean): a shape normalised to mean 1 peaks at max ÷ mean.
  static func logPeakOverMean(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let peak = values.max() ?? 0
    let mean = values.reduce(0, +) / Double(values.count)
    guard peak.isFinite, mean.isFinite else { return .infinity }
    return peak > 0 && mean > 0 ? max(0, log(peak / mean)) : 0
  }

  /// ln of the largest product of multipliers above 1 whose spans overlap at one instant: spikes
  /// that never overlap count once each, a hundred stacked ×2 spikes count as 2^100.
  static func logOverlap(_ spikes: [Spike]) -> Double {
    var edges: [(at: Double, opens: Bool, log: Double)] = []
    for spike in spikes where spike.multiplier > 1 {
      let end = spike.start.seconds + 2 * spike.ramp.seconds + spike.duration.seconds
      let weight = log(spike.multiplier)
      edges.append((spike.start.seconds, true, weight))
      edges.append((end, false, weight))
    }
    // At one instant, spans that close go first: a spike ending where the next begins does not stack.
    edges.sort { $0.at != $1.at ? $0.at < $1.at : (!$0.opens && $1.opens) }
    var current = 0.0
    var highest = 0.0
    for edge in edges {
      current += edge.opens ? edge.log : -edge.log
      highest = max(highest, current)
    }
    return highest
  }
}
