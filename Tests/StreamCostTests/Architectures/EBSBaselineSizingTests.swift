import Foundation
import Testing

@testable import StreamCost

/// Broker-local Kafka on gp3 writes RF·W through the instance's EBS baseline, not gp3's volume ceiling.
///
/// Workload: W = 200 MB/s, F = 1, T = 1 h, P = 60, RF 3, Z 3, survive one broker, U_net 80 %.
/// On c7g.large (network baseline 0.937 Gbit/s = 117.125 MB/s; EBS baseline 630 Mbit/s = 78.75 MB/s,
/// from AWS's EBS-optimized instance table):
/// - network out (RF−1+F)·W = 600 MB/s ÷ (80 % × 117.125 MB/s = 93.7 MB/s) = 6.403415
/// - network in RF·W = 600 MB/s ÷ 93.7 MB/s = 6.403415
/// - disk throughput RF·W = 600 MB/s ÷ (80 % × 78.75 MB/s = 63 MB/s) = 9.523810
/// - disk capacity (W·T·RF + P·RF·1 GiB) ÷ 70 % ÷ 16 TiB
///   = (2,160,000,000,000 + 193,273,528,320) ÷ 0.7 ÷ 17,592,186,044,416 = 0.191
/// - largest 9.52 → 10 → a multiple of 3: 12 → one broker of headroom: 13, bound by disk throughput.
struct EBSBaselineSizingTests {
  let kafka = BrokerLocalKafka(name: "kafka", config: BrokerLocalConfig(), facts: TestBook.book.facts)
  let workload = Workload(
    feeds: [Feed(name: "w", write: .mbps(200), fanOut: 1, retention: .hours(1), partitions: 60)],
    topology: Topology(fetchFromFollower: false, survive: .broker))

  @Test func theEBSBaselineBindsOnC7gLarge() throws {
    let sizing = try kafka.size(workload, on: TestBook.book.instance("c7g.large"))
    #expect(sizing.count == 13)
    #expect(sizing.countBeforeHeadroom == 12)
    #expect(sizing.binding == .diskThroughput)
    let disk = try #require(sizing.requirements.first { $0.constraint == .diskThroughput })
    #expect(abs(disk.brokers - 600e6 / 63e6) < 1e-9)
    let out = try #require(sizing.requirements.first { $0.constraint == .networkOut })
    #expect(abs(out.brokers - 600e6 / 93.7e6) < 1e-9)
  }

  /// A type without an EBS baseline (only a type built in code: a book row must have one) falls back
  /// to gp3's 1,000 MiB/s ceiling: 600 MB/s ÷ (80 % × 1,048,576,000 B/s) = 0.715, so network out
  /// binds: 6.40 → 7 → 9 → 10 brokers. This is the undersizing the filled book rows remove.
  @Test func withoutAnEBSBaselineTheGP3CeilingStandsIn() throws {
    var type = try TestBook.book.instance("c7g.large")
    type.ebsBaseline = nil
    let sizing = try kafka.size(workload, on: type)
    #expect(sizing.count == 10)
    #expect(sizing.binding == .networkOut)
    let disk = try #require(sizing.requirements.first { $0.constraint == .diskThroughput })
    #expect(abs(disk.brokers - 600e6 / (0.8 * 1_048_576_000)) < 1e-9)
  }

  /// Local NVMe has no EBS lane: on i3en.large (EBS baseline 576 Mbit/s) `disk: local-nvme` lists no
  /// disk-throughput requirement, while `disk: gp3` on the same type is bound by 576 Mbit/s = 72 MB/s:
  /// 600 MB/s ÷ (80 % × 72 MB/s) = 10.416667.
  @Test func onlyGP3VolumesReadTheEBSBaseline() throws {
    let i3en = try TestBook.book.instance("i3en.large")
    let nvme = BrokerLocalKafka(name: "nvme", config: BrokerLocalConfig(disk: .localNVMe), facts: TestBook.book.facts)
    let local = try nvme.size(workload, on: i3en)
    #expect(!local.requirements.contains { $0.constraint == .diskThroughput })
    let gp3 = try kafka.size(workload, on: i3en)
    let disk = try #require(gp3.requirements.first { $0.constraint == .diskThroughput })
    #expect(abs(disk.brokers - 600e6 / 57.6e6) < 1e-9)
  }
}
