import Foundation
import Testing

@testable import StreamCost

/// Properties of the warm start and of exact retention (docs/model.md §5.1), each over 200 seeded
/// generated scenarios that mix profiles, retentions (shorter and longer than a step, fractional
/// hours), steps, scaling policies and all four architectures. A failure names its seed; rerun one
/// case with `swift test --filter WarmStartPropertyTests` after narrowing `seeds`.
struct WarmStartPropertyTests {
  static let cases = 200
  static let seeds = (0..<UInt64(cases)).map { 0x5743_0000 + $0 }

  /// Retentions the generator draws from: shorter than any step, fractional hours, whole days.
  static let retentions: [TimeSpan] = [.minutes(5), .minutes(10), .minutes(25), .hours(1), .minutes(90), .hours(46.3), .days(3), .days(7)]

  /// A load periodic over a day or a week moved by any whole number of hours bills the same month:
  /// every architecture's total within 0.5 % (over a horizon of whole weeks, so that the bill covers
  /// the same whole periods wherever it starts).
  @Test(arguments: seeds)
  func movingTheStartByWholeHoursKeepsEveryTotal(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let scenario = Self.periodicScenario(&random)
    var moved = scenario
    moved.time.start += Double(1 + random.nextIndex(below: 167)) * 3_600
    let (a, b) = (try SimulatorTests.run(scenario).comparison, try SimulatorTests.run(moved).comparison)
    for (i, (x, y)) in zip(a.results, b.results).enumerated() {
      let (p, q) = (x.total.doubleValue, y.total.doubleValue)
      #expect(
        abs(p - q) <= 0.005 * max(p, q),
        "seed \(seed): \(x.name) (\(scenario.architectures[i].scaling.policy)) \(p) against \(q) with start moved to \(moved.time.start)")
    }
  }

  /// A flat load equals the steady state to the cent, category by category, at any step, with any
  /// retention (shorter than a step included): retention is never rounded to steps.
  @Test(arguments: seeds)
  func aFlatLoadEqualsTheSteadyStateToTheCent(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let scenario = Self.flatScenario(&random)
    let steady = try CostEngine(book: TestBook.book).compare(scenario)
    let simulated = try SimulatorTests.run(scenario).comparison
    for (s, t) in zip(steady.results, simulated.results) {
      #expect(s.sizing.instance == t.sizing.instance, "seed \(seed): \(s.name)")
      for category in CostCategory.allCases {
        let (a, b) = (ExactDecimal.round(s.cost(category), places: 2), ExactDecimal.round(t.cost(category), places: 2))
        #expect(a == b, "seed \(seed): \(s.name) \(category) steady \(a), simulated \(b) at \(scenario.time.step.seconds) s steps")
      }
    }
  }

  /// 1–3 feeds under a daily or weekly cluster profile (a feed may add its own daily shape), over two
  /// weeks at 5-minute to 1-hour steps (steps that divide an hour, so that a start moved by whole
  /// hours samples the same instants of the day), on 1–4 architectures.
  static func periodicScenario(_ random: inout SplitMix64) -> Scenario {
    var feeds = Self.feeds(&random)
    for f in feeds.indices where random.nextIndex(below: 3) == 0 { feeds[f].profile = Self.daily(&random) }
    let profile = random.nextIndex(below: 2) == 0 ? Self.daily(&random) : LoadProfile([.weekly((0..<7).map { _ in 0.4 + random.nextUnit() })])
    let step = [TimeSpan.minutes(5), .minutes(15), .minutes(30), .hours(1)][random.nextIndex(below: 4)]
    var scenario = SimulatorTests.scenario(
      Workload(feeds: feeds, topology: Topology()), architectures: Self.architectures(&random, policies: true), horizon: .days(14),
      step: step, profile: profile)
    scenario.time.start += Double(random.nextIndex(below: 24)) * 3_600
    return scenario
  }

  /// 1–3 flat feeds over one 730-hour month at 10-minute to 5-hour steps (each divides 730 h), on the
  /// architectures under their default policies.
  static func flatScenario(_ random: inout SplitMix64) -> Scenario {
    let step = [TimeSpan.minutes(10), .minutes(30), .hours(1), .hours(2), .hours(5)][random.nextIndex(below: 5)]
    return SimulatorTests.scenario(
      Workload(feeds: Self.feeds(&random), topology: Topology()), architectures: Self.architectures(&random, policies: false),
      horizon: .hours(730), step: step)
  }

  static func feeds(_ random: inout SplitMix64) -> [Feed] {
    (0..<(1 + random.nextIndex(below: 3))).map { i in
      Feed(
        name: "feed\(i)", write: .mbps(1 + 99 * random.nextUnit()), fanOut: 1 + random.nextIndex(below: 4),
        retention: retentions[random.nextIndex(below: retentions.count)], partitions: [24, 48, 96, 192][random.nextIndex(below: 4)])
    }
  }

  /// A daily wave with a random peak hour and multiplier, or 24 random hourly factors.
  static func daily(_ random: inout SplitMix64) -> LoadProfile {
    if random.nextIndex(below: 2) == 0 {
      return LoadProfile([.diurnal(.peak(hour: Double(random.nextIndex(below: 24)), multiplier: 1.2 + 1.8 * random.nextUnit()))])
    }
    return LoadProfile([.diurnal(.hourly((0..<24).map { _ in 0.3 + 1.7 * random.nextUnit() }))])
  }

  /// A non-empty subset of the four default architectures, in order; with `policies`, each stateless
  /// design (shared storage, diskless) peak or reactive. Broker-local Kafka stays `peak`: under
  /// `reactive` its changes copy data for hours and its volumes ratchet with the count, so its bill
  /// depends on its history, not only on its load (docs/model.md §5.1 says so).
  static func architectures(_ random: inout SplitMix64, policies: Bool) -> [ArchitectureSpec] {
    var chosen = ArchitectureSpec.defaults.filter { _ in random.nextIndex(below: 2) == 0 }
    if chosen.isEmpty { chosen = [ArchitectureSpec.defaults[random.nextIndex(below: 4)]] }
    guard policies else { return chosen }
    return chosen.map { spec in
      let stateless = spec.kind == .sharedStorage || spec.kind == .diskless
      let policy: ScalingPolicy = stateless && random.nextIndex(below: 2) == 0 ? .reactive : .peak
      return ArchitectureSpec(config: spec.config, scaling: ScalingConfig(policy: policy))
    }
  }
}
