import Foundation
import Testing

@testable import StreamCost

/// Kafka with tiered storage (docs/model.md §2), derived by hand on the two shared workloads.
struct TieredKafkaTests {
  /// 1 GiB segments in 25 MiB parts: 1 create + ceil(1024/25) = 41 parts + 1 complete + 2 index/manifest = 45.
  @Test func putsPerSegmentFollowTheAivenLayout() {
    let tiered = TieredKafka(name: "t", broker: BrokerLocalConfig(), tiering: TieringConfig(), facts: TestBook.book.facts)
    #expect(tiered.putsPerSegment == 45)
  }

  /// Workload A, default TL = min(6 h, 1 d) = 6 h, on r6i.xlarge:
  /// - NIC out (RF−1+F)·W + W upload = 6W = 629,145,600 B/s ÷ 156.2 MB/s = 4.03 → 5 → 6 → +1 = 7 brokers
  /// - local disk (W·6 h·3 + 180 GiB) ÷ 0.7 = 9.97 TB ÷ 7 → 1,329 GiB each: 7 × 1,329 × $0.08 = 744.24
  /// - object storage one copy W·T = 8,437.5 GiB × $0.023 = 194.0625
  /// - PUTs W ÷ 1 GiB × 45 = 4.39453125 /s × 2,628,000 s = 11,548.828125 k × $0.005 = 57.744140625
  /// - cross-AZ unchanged from kafka: 23,953.125; compute 7 × 730 × 0.252 + 210.24 = 1,497.96
  /// Total 26,447.131640625.
  @Test func workloadA() throws {
    let tiered = TieredKafka(name: "t", broker: BrokerLocalConfig(), tiering: TieringConfig(), facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(tiered, Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 7)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "744.24")!)
    #expect(TestBook.cost(lines, .objectStorage) == Decimal(string: "194.0625")!)
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "57.744140625")!)
    #expect(TestBook.cost(lines, .crossAZReplication) == Decimal(string: "10265.625")!)
    #expect(TestBook.total(lines) == Decimal(string: "26447.131640625")!)
  }

  /// Workload B with TL = 1 d on m7g.xlarge. The catch-up readers are 2 d behind, beyond TL,
  /// so their 20 MB/s comes from object storage: 20e6 ÷ 4 MiB = 4.768 GET/s.
  /// - out 3W + Rc + W = 220 MB/s → 1.17; in 3W + Rc = 170 → 0.91; disk 150 MB/s ÷ 125 → 1.2;
  ///   local disk (50e6 × 86,400 × 3 + 90 GiB) ÷ 0.7 ÷ 16 TiB = 1.06 → 2 → 3 → AZ headroom 4.5 → 6
  /// - local disk 2,896 GiB × 6 × $0.08 = 1,390.08; object storage 28,163.194656 GiB × $0.023 = 647.753477088
  /// - requests: PUT 2.0955 /s → 5,507.082 k × $0.005 = 27.53541; GET 12,531.2728 k × $0.0004 = 5.0125091…
  /// - cross-AZ producer 1,631.67715072 + replication 4,895.03145218, consumers 0 (fetch-from-follower)
  /// Total 9,522.1451441152.
  @Test func workloadBReadsOldDataFromObjectStorage() throws {
    let tiered = TieredKafka(name: "t", broker: BrokerLocalConfig(), tiering: TieringConfig(localRetention: .days(1)), facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(tiered, Workloads.b(), on: "m7g.xlarge")
    #expect(sizing.count == 6)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "1390.08")!)
    #expect(TestBook.cost(lines, .objectStorage) == Decimal(string: "647.753477088")!)
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "32.5470641272")!)
    #expect(lines.contains { $0.description == "Remote catch-up reads (GET)" })
    #expect(TestBook.total(lines) == Decimal(string: "9522.1451441152")!)
  }
}
