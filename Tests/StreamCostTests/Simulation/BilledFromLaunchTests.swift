import Foundation
import Testing

@testable import StreamCost

/// Brokers, agents and volumes are billed from launch to termination (docs/model.md §5): a
/// scale-out's new nodes from the change's start, a scale-in's leaving nodes until it completes.
struct BilledFromLaunchTests {
  /// Each architecture's running count at every step, in order.
  struct Running: TimelineSink {
    var counts: [[Int]] = []
    mutating func accept(_ record: StepRecord) {
      while counts.count <= record.architecture { counts.append([]) }
      counts[record.architecture].append(record.running)
    }
  }

  /// Instance-hours billed by architecture `a`: its first line (brokers or agents × hours).
  static func billedHours(_ result: SimulationResult, _ a: Int) -> Double {
    NSDecimalNumber(decimal: result.comparison.results[a].lines[0].quantity).doubleValue
  }

  static func run(_ scenario: Scenario) throws -> (SimulationResult, Running) {
    var sink = Running()
    let result = try Simulator(book: TestBook.book).run(scenario, timeline: &sink)
    return (result, sink)
  }

  /// Over generated scenarios (seeds 1…200) at 5-minute, 15-minute and 1-hour steps, every
  /// architecture's billed broker- or agent-hours are at least Σ running × step hours.
  @Test func billedHoursAreAtLeastTheRunningCountsIntegral() throws {
    var failures: [String] = []
    for seed in StepConvergenceTests.seeds {
      var generator = ScenarioGenerator(seed: seed)
      let step = StepConvergenceTests.coarser[Int(seed) % StepConvergenceTests.coarser.count]
      let scenario = generator.scenario(hours: StepConvergenceTests.hours, step: step, smooth: true)
      let (result, running) = try Self.run(scenario)
      for a in scenario.architectures.indices {
        let integral = Double(running.counts[a].reduce(0, +)) * step.seconds / 3_600
        let billed = Self.billedHours(result, a)
        if billed < integral * (1 - 1e-12) { failures.append("seed \(seed) \(scenario.architectures[a].name): \(billed) < \(integral)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  /// Reactive broker-local Kafka on r6i.xlarge, workload A over one day at 1-minute steps, with a
  /// ×4 spike from 6 h for 2 h. Network out (RF − 1 + F)·4W = 5 × 4 × 104,857,600 = 2,097,152,000 B/s
  /// ÷ 156.25 MB/s per broker (r6i.xlarge's 1.5625 Gbps × 80 %) = 13.42 → 14 → 15 needed (a
  /// multiple of Z = 3, as 6.71 → 9 in ``ScalingTests``), 16 with the spare: the scale-out 7 → 16
  /// starts at 6 h and takes `d_out` (the event's duration: 3 min plus the copy at the throttle).
  /// Its 9 new brokers are billed from 6 h, not from 6 h + d_out: 9 × d_out ÷ 3,600 broker-hours
  /// (about 44) that the model billing from completion left out. The scale-in back to 7 keeps its
  /// 9 leaving brokers billed until it completes (offset + duration). So the bill is
  /// 7 × 24 h + 9 × (end of the scale-in − 6 h), to the broker-second.
  @Test func aSpikeOnReactiveKafkaBillsTheNewBrokersWhileTheyCopy() throws {
    let spike = LoadProfile([.spikes([Spike(start: .hours(6), duration: .hours(2), multiplier: 4)])])
    let spec = SimulatorTests.named(.kafka(BrokerLocalConfig()), instance: "r6i.xlarge", scaling: ScalingConfig(policy: .reactive))
    let (result, running) = try Self.run(ScalingTests.dayScenario(spec, profile: spike))
    let out = try #require(result.events.first { $0.reason == .scaleOut })
    let scaleIn = try #require(result.events.first { $0.reason == .scaleIn })
    #expect((out.before, out.after) == (7, 16))
    #expect(out.offset == 6 * 3_600)
    #expect((scaleIn.before, scaleIn.after) == (16, 7))
    #expect(result.events.count == 2)
    let end = scaleIn.offset + scaleIn.duration
    let expected = 7 * 24 + 9 * (end - 6 * 3_600) / 3_600
    #expect(abs(Self.billedHours(result, 0) - expected) < 1e-6)
    // The old bill: the running count at each step's start × 1 minute, new brokers from completion.
    let integral = Double(running.counts[0].reduce(0, +)) / 60
    let missing = 9 * out.duration / 3_600
    #expect(abs(Self.billedHours(result, 0) - integral - missing) < 9.0 / 60 + 1e-9)  // within a step's rounding
    #expect(missing > 40)
  }

  /// A scale-in that completes part-way through a 1-hour step bills its leaving nodes for that
  /// part only: shared storage 10 → 7 after a ×2 spike takes ⌈60 × 3/10⌉ = 18 partition moves ×
  /// 1.5 s = 27 s (§3.5). The load is lower from 8 h; the scale-in starts once it has been lower
  /// for those 27 s and completes 27 s later, so the 3 leaving brokers bill 3 × 54 s more than the
  /// 7 left. The scale-out 7 → 10 (3 min + 18 × 1.5 s = 207 s) is short 207 s, not a whole hour.
  @Test func changesInsideAnHourStepBillAndShortTheirSeconds() throws {
    let spike = LoadProfile([.spikes([Spike(start: .hours(6), duration: .hours(2), multiplier: 2)])])
    let spec = SimulatorTests.named(.sharedStorage(SharedStorageConfig()), instance: "r6i.xlarge")
    var scenario = ScalingTests.dayScenario(spec, profile: spike)
    scenario.time.step = .hours(1)
    let (result, running) = try Self.run(scenario)
    let out = try #require(result.events.first { $0.reason == .scaleOut })
    let scaleIn = try #require(result.events.first { $0.reason == .scaleIn })
    #expect((out.before, out.after, out.duration) == (7, 10, 207))
    #expect((scaleIn.before, scaleIn.after, scaleIn.duration) == (10, 7, 27))
    #expect(abs(result.totals[0].hoursShort - 207.0 / 3_600) < 1e-12)
    #expect(abs(out.hoursShort - 207.0 / 3_600) < 1e-12)
    let integral = Double(running.counts[0].reduce(0, +))
    #expect(scaleIn.offset == 8 * 3_600 + 27)
    #expect(abs(Self.billedHours(result, 0) - (integral + 3 * 54.0 / 3_600)) < 1e-9)
  }
}
