import Foundation
import Testing

@testable import StreamCost

/// Shared-storage Kafka (docs/model.md §3), derived by hand on the two shared workloads.
struct SharedStorageKafkaTests {
  /// Workload A, EBS WAL, r6i.xlarge:
  /// - out (1 + 0.5)·W + F·W = 4.5W = 471,859,200 B/s ÷ 156.2 MB/s = 3.02 → 4 → 6 → +1 = 7 brokers
  /// - WAL 7 × 10 GiB × $0.08 = 5.60 (W ÷ 7 = 15 MB/s per volume: inside gp3's 125 MiB/s)
  /// - object storage 8,437.5 GiB × $0.023 = 194.0625
  /// - PUT max(0.203 × 104.8576 MB/s, 1 × 7) = 21.2860928 /s → 55,939.851878 k × $0.005 = 279.69925939
  /// - GET max(0.296 × 104.8576, 7) = 31.0378496 /s → 81,567.468749 k × $0.0004 = 32.6269874996
  /// - cross-AZ: producer 171,093.75 GiB, consumers F·W·2/3 = 513,281.25 GiB, no replication: 13,687.50
  /// - compute 7 × 730 × $0.252 + 3 controllers 210.24 = 1,497.96
  /// Total 15,697.4487468896.
  @Test func workloadAWithEBSWAL() throws {
    let shared = SharedStorageKafka(name: "s", config: SharedStorageConfig(), facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(shared, Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 7)
    #expect(sizing.binding == .networkOut)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "5.6")!)
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "312.3262468896")!)
    #expect(TestBook.cost(lines, .crossAZReplication) == 0)
    #expect(TestBook.cost(lines, .crossAZConsumer) == Decimal(string: "10265.625")!)
    #expect(TestBook.total(lines) == Decimal(string: "15697.4487468896")!)
  }

  /// Workload B, object-storage WAL and zone router, m7g.xlarge:
  /// - out 1.5W + F·W + Rc + W (WAL) + W·2/3 (router) = 228.3 MB/s → 1.22; min one per AZ: 3 → AZ headroom 4.5 → 6
  /// - PUT: max(0.203 × 50, 6) = 10.15 + WAL 6 × max(1/0.256 s, 8.33 MB/s ÷ 8 MiB) = 23.4375
  ///   + router 6 × max(1/0.25 s, 5.56 MB/s ÷ 8 MiB) = 24 → 57.5875 /s
  /// - GET: max(0.296 × 50, 6) = 14.8 + router 24 × (Z−1) = 48 + catch-up 20e6 ÷ 4 MiB = 4.768 → 67.568 /s
  /// - requests: 151,339.95 k × $0.005 + 177,569.68 k × $0.0004 = 827.7276222072
  /// - no block storage, no cross-AZ line; object storage 647.753477088; compute 6 × 730 × 0.1632 + 210.24 = 925.056
  /// Total 2,400.5370992952.
  @Test func workloadBWithZoneRouterHasNoCrossAZ() throws {
    let shared = SharedStorageKafka(name: "s", config: SharedStorageConfig(wal: .objectStorage, zoneRouter: true), facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(shared, Workloads.b(), on: "m7g.xlarge")
    #expect(sizing.count == 6)
    #expect(sizing.binding == .zoneSpread)
    #expect(TestBook.cost(lines, .blockStorage) == 0)
    #expect(!lines.contains { $0.category.rawValue.hasPrefix("cross_az") })
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "827.7276222072")!)
    #expect(TestBook.total(lines) == Decimal(string: "2400.5370992952")!)
  }
}
