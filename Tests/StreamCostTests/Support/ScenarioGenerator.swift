import Foundation

@testable import StreamCost

/// Small scenarios for property tests over the simulation: one or two feeds with mixed rates,
/// fan-outs and retentions, a load profile mixing the profile kinds, and all four architectures
/// under one scaling policy (peak, reactive or scheduled), over a few days.
///
/// With `smooth` off, what it generates respects the preconditions of step convergence
/// (docs/model.md §5): the load is constant over every whole UTC hour (hourly and weekly factors,
/// spikes on whole hours without ramps; no diurnal wave, no growth), retentions and schedule
/// entries are whole hours, and the horizon starts at midnight UTC. With `smooth` on it also draws
/// the diurnal wave, ramped spikes and growth, for properties that hold at any step.
/// Random draws come from ``SeededGenerator`` (SplitMix64): a failing case is named by its seed.
struct ScenarioGenerator {
  var random: SeededGenerator
  /// The seed the generator started from, for messages.
  let seed: UInt64

  init(seed: UInt64) {
    self.seed = seed
    random = SeededGenerator(seed: seed)
  }

  /// The next scenario, stepping at `step` over `hours` hours. Without `smooth`, broker-local
  /// designs (`kafka`, `kafka-tiered`) are never reactive (docs/model.md §5: their changes take
  /// hours, and when the next begins depends on the step).
  mutating func scenario(hours: Int, step: TimeSpan = .hours(1), smooth: Bool) -> Scenario {
    let feeds = (0..<Int.random(in: 1...2, using: &random)).map { feed($0) }
    let policy = ScalingPolicy.allCases.randomElement(using: &random)!
    let horizon = TimeSpan.hours(Double(hours))
    let scaling = scalingConfig(policy, horizon: horizon)
    let architectures = ArchitectureSpec.defaults.map { spec in
      let brokerLocal = spec.config.kind == .kafka || spec.config.kind == .kafkaTiered
      return ArchitectureSpec(config: spec.config, scaling: !smooth && brokerLocal && policy == .reactive ? ScalingConfig(policy: .peak) : scaling)
    }
    return Scenario(
      name: "generated-\(seed)", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: feeds,
      topology: Topology(survive: Bool.random(using: &random) ? .broker : .none), architectures: architectures,
      time: TimeSettings(horizon: horizon, step: step), profile: profile(horizon: horizon, smooth: smooth))
  }

  /// A feed of 10–150 MB/s, fan-out 1–3 and a retention of 1–48 whole hours.
  mutating func feed(_ index: Int) -> Feed {
    Feed(
      name: "feed\(index)", write: .mbps(Double(Int.random(in: 10...150, using: &random))),
      fanOut: Int.random(in: 1...3, using: &random), retention: .hours(Double(Int.random(in: 1...48, using: &random))),
      partitions: 6 * Int.random(in: 2...20, using: &random))
  }

  /// Flat, or one or two of: 24 hourly factors, weekly factors, a spike of 2–6 whole hours; with
  /// `smooth`, also a daily peak (1.5–3×, at a whole hour), ramps of up to 2 h, growth of up to
  /// 20 % a month.
  mutating func profile(horizon: TimeSpan, smooth: Bool) -> LoadProfile {
    let hours = Int(horizon.seconds / 3_600)
    var components: [ProfileComponent] = []
    for _ in 0..<Int.random(in: 0...2, using: &random) {
      switch Int.random(in: 0..<(smooth ? 5 : 3), using: &random) {
      case 0:
        components.append(.diurnal(.hourly((0..<24).map { _ in Double.random(in: 0.5...2, using: &random) })))
      case 1:
        components.append(.weekly((0..<7).map { _ in Double.random(in: 0.6...1.4, using: &random) }))
      case 2:
        components.append(
          .spikes([
            Spike(
              start: .hours(Double(Int.random(in: 0..<(hours - 8), using: &random))),
              duration: .hours(Double(Int.random(in: 2...6, using: &random))), multiplier: Double.random(in: 1.5...4, using: &random),
              ramp: .hours(smooth ? Double(Int.random(in: 0...2, using: &random)) : 0))
          ]))
      case 3:
        components.append(
          .diurnal(.peak(hour: Double(Int.random(in: 0..<24, using: &random)), multiplier: Double.random(in: 1.5...3, using: &random))))
      default:
        components.append(.growth(perMonth: Double.random(in: 0...0.2, using: &random)))
      }
    }
    return LoadProfile(components)
  }

  /// The policy's configuration; a schedule has two to four entries on whole hours.
  mutating func scalingConfig(_ policy: ScalingPolicy, horizon: TimeSpan) -> ScalingConfig {
    guard policy == .scheduled else { return ScalingConfig(policy: policy) }
    let hours = Int(horizon.seconds / 3_600)
    let entries = (0..<Int.random(in: 2...4, using: &random)).map { _ in
      ScheduledResize(at: .hours(Double(Int.random(in: 0..<hours, using: &random))), count: Int.random(in: 6...24, using: &random))
    }
    return ScalingConfig(policy: .scheduled, schedule: entries.sorted { $0.at.seconds < $1.at.seconds })
  }
}
