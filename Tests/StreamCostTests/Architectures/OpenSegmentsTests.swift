import Testing

@testable import StreamCost

/// The open-segment allowance is P·RF·min(segment.bytes, w_p·segment.ms) (docs/model.md §1.1), whether
/// or not a write rate is found to fill the segment without dividing.
struct OpenSegmentsTests {
  static func rule(write: Double, partitions: Double, rf: Double, config: BrokerLocalConfig) -> Double {
    partitions * rf * min(config.segmentBytes.bytes, write / partitions * config.segmentTime.seconds)
  }

  /// 10 partitions, RF 3, 1 GiB segments rolled every 7 days (604,800 s). At 1 MB/s a partition
  /// writes 100 kB/s, 60.48 GB a week: the 1 GiB segment binds, 30 × 1,073,741,824 bytes. At
  /// 10 kB/s a partition writes 1 kB/s, 604.8 MB a week: 30 × 604,800,000 = 18,144,000,000 bytes.
  @Test func handWorkedAllowances() {
    let segments = OpenSegments(partitions: 10, rf: 3, config: BrokerLocalConfig())
    #expect(segments.bytes(write: 1_000_000) == 30 * 1_073_741_824)
    #expect(segments.bytes(write: 10_000) == 18_144_000_000)
    #expect(segments.bytes(write: 0) == 0)
  }

  /// Write rates a few units in the last place around the shortcut's bound and the exact bound
  /// (segment.bytes × P ÷ segment.ms), for several partition counts and segment settings: each
  /// allowance is the rule's, and both the shortcut and the rule are taken.
  @Test func matchesTheRuleAroundTheBound() {
    var shortcuts = 0
    var divisions = 0
    for (bytes, seconds) in [(1_073_741_824.0, 604_800.0), (100_000_000, 3_600), (536_870_912, 86_400)] {
      var config = BrokerLocalConfig()
      config.segmentBytes = DataSize(bytes: bytes)
      config.segmentTime = TimeSpan(seconds: seconds)
      for partitions in [1.0, 3, 7, 96, 1_000] {
        let segments = OpenSegments(partitions: partitions, rf: 3, config: config)
        var writes = [0, 1, 1e9]
        for bound in [segments.fullAbove, bytes * partitions / seconds] { writes += bound.neighbours(ulps: 20) }
        for write in writes {
          if write >= segments.fullAbove { shortcuts += 1 } else { divisions += 1 }
          #expect(segments.bytes(write: write) == Self.rule(write: write, partitions: partitions, rf: 3, config: config))
        }
      }
    }
    #expect(shortcuts > 0 && divisions > 0)
  }
}
