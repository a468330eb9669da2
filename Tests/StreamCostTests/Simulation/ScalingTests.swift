import Foundation
import Testing

@testable import StreamCost

/// Scaling events and failures, derived by hand on workload A (W = 100 MiB/s = 104,857,600 B/s,
/// F = 3, T = 1 d, P = 60, RF 3, Z 3, survive one broker) at one-minute steps over one day.
struct ScalingTests {
  /// ×2 from 6 h for 2 h: steps 360…479 write 200 MiB/s.
  static let spike = LoadProfile([.spikes([Spike(start: .hours(6), duration: .hours(2), multiplier: 2)])])

  static func dayScenario(_ spec: ArchitectureSpec, profile: LoadProfile = .flat, events: [FailureEvent] = [], survive: FailureTolerance = .broker) -> Scenario {
    var workload = Workloads.a()
    workload.topology.survive = survive
    return SimulatorTests.scenario(workload, architectures: [spec], horizon: .days(1), step: .minutes(1), profile: profile, events: events)
  }

  /// Reactive broker-local Kafka on r6i.xlarge. Before the spike: 6 brokers needed, 7 run.
  /// At step 360 the write doubles: network out (RF−1+F)·2W = 1,048,576,000 B/s ÷ 156.2 MB/s = 6.71 → 7 → 9
  /// needed, 10 targeted. The scale-out 7 → 10 moves S·3/10 of what is held when it starts (6 h,
  /// before the spike's first minute): S = RF × 1,440 min × 60 s × W + 60 × 3 × 1 GiB open segments
  /// = 27,372,363,448,320 B: 8,211,709,034,496 B, two thirds across AZs (5,474,472,689,664 B =
  /// 5,098.5 GiB × $0.02 = $101.97). It takes 3 min to start brokers plus S ÷ (10 × 100 MB/s) =
  /// 27,372.4 s: 27,552.4 s in all, so the cluster runs 7 brokers for the whole 2-hour spike while
  /// it needs 9: 2.0 hours short.
  @Test func spikeOnReactiveKafkaMovesDataForHours() throws {
    let spec = SimulatorTests.named(.kafka(BrokerLocalConfig()), instance: "r6i.xlarge", scaling: ScalingConfig(policy: .reactive))
    let result = try SimulatorTests.run(Self.dayScenario(spec, profile: Self.spike))
    let out = try #require(result.events.first)
    #expect(out.reason == .scaleOut)
    #expect(out.offset == 6 * 3_600)
    #expect((out.before, out.after) == (7, 10))
    #expect(out.bytesMoved == 8_211_709_034_496)
    #expect(out.crossAZBytes == 5_474_472_689_664)
    #expect(abs(out.duration - 27_552.363_448_32) < 1e-6)
    #expect(out.crossAZCost == Decimal(string: "101.97")!)
    #expect(abs(out.hoursShort - 2) < 1e-9)
    #expect(abs(result.totals[0].hoursShort - 2) < 1e-9)
  }

  /// The same spike on reactive shared storage: 7 → 10 brokers needs 3 min to start them plus
  /// ⌈60 × 3/10⌉ = 18 partition moves × 1.5 s = 207 s short (continuous time: 3.45 one-minute
  /// steps, not 4), then capacity follows.
  @Test func spikeOnSharedStorageFollowsWithinTheStartLag() throws {
    let spec = SimulatorTests.named(.sharedStorage(SharedStorageConfig()), instance: "r6i.xlarge")
    let result = try SimulatorTests.run(Self.dayScenario(spec, profile: Self.spike))
    let out = try #require(result.events.first)
    #expect(out.reason == .scaleOut)
    #expect((out.before, out.after) == (7, 10))
    #expect(out.bytesMoved == 0)
    #expect(out.duration == 207)
    #expect(abs(result.totals[0].hoursShort - 207.0 / 3_600) < 1e-9)
    // After the spike (steps 360…479) the load falls back. Scaling 10 → 7 starts nothing and
    // moves ⌈60 × 3/10⌉ = 18 partitions × 1.5 s = 27 s. So the demand, lower from step 480
    // (28,800 s), must stay lower for 27 s: the scale-in starts at 28,827 s, inside step 480.
    let scaleIn = try #require(result.events.first { $0.reason == .scaleIn })
    #expect((scaleIn.before, scaleIn.after) == (10, 7))
    #expect(scaleIn.offset == 480 * 60 + 27)
    #expect(scaleIn.duration == 27)
  }

  /// Losing a broker at 12 h: recovery re-replicates S/N = (RF·W·T + 180 GiB) ÷ 7 = 3,910,337,635,474.3 B
  /// at 100 MB/s: 39,103.4 s (docs/model.md §1.5). With N+1 headroom the 6 survivors carry the load (0 h short).
  /// Sized without headroom (6 brokers) and losing one at 6 h, each holds S/6 = 4,562,060,574,720 B:
  /// 45,620.605 747 2 s of re-replication, short all along: 12.672 h to the second (no longer
  /// ⌈45,620.6 / 60⌉ = 761 whole one-minute steps).
  @Test func brokerFailureRecoversAtTheThrottle() throws {
    let spec = SimulatorTests.named(.kafka(BrokerLocalConfig()), instance: "r6i.xlarge")
    let failure = [FailureEvent(at: .hours(12), lose: .broker)]
    let withHeadroom = try SimulatorTests.run(Self.dayScenario(spec, events: failure))
    let event = try #require(withHeadroom.events.first)
    #expect(event.reason == .brokerFailure)
    #expect(abs(event.bytesMoved - 27_372_363_448_320 / 7) < 1)
    #expect(abs(event.duration - 27_372_363_448_320 / 7 / 1e8) < 1e-6)
    #expect(event.crossAZBytes == event.bytesMoved)
    #expect(withHeadroom.totals[0].hoursShort == 0)
    let bare = try SimulatorTests.run(Self.dayScenario(spec, events: [FailureEvent(at: .hours(6), lose: .broker)], survive: .none))
    #expect(bare.events.first?.bytesMoved == 4_562_060_574_720)
    #expect(abs(bare.totals[0].hoursShort - 4_562_060_574_720 / 1e8 / 3_600) < 1e-9)
  }

  /// Shared storage replaces a lost broker by starting an instance: 3 minutes, no data moved.
  @Test func sharedStorageFailureIsAnInstanceStart() throws {
    let spec = SimulatorTests.named(.sharedStorage(SharedStorageConfig()), instance: "r6i.xlarge")
    let result = try SimulatorTests.run(Self.dayScenario(spec, events: [FailureEvent(at: .hours(12), lose: .az(1))], survive: .none))
    let event = try #require(result.events.first)
    #expect(event.reason == .azFailure)
    #expect(event.duration == 180)
    #expect(event.bytesMoved == 0)
    // 6 brokers, one AZ of them (2) lost for 3 one-minute steps: 4 serve while 6 are needed.
    #expect(abs(result.totals[0].hoursShort - 3.0 / 60) < 1e-9)
  }
}
