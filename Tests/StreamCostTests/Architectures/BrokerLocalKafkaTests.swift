import Foundation
import Testing

@testable import StreamCost

/// Broker-local Kafka (docs/model.md §1) on two workloads, every figure derived by hand below.
///
/// Month = 730 h = 2,628,000 s. W·month for 100 MiB/s = 104,857,600 × 2,628,000 B
/// = 256,640.625 GiB exactly (100 × 2,628,000 ÷ 1,024).
struct BrokerLocalKafkaTests {
  let kafka = BrokerLocalKafka(name: "kafka", config: BrokerLocalConfig(), facts: TestBook.book.facts)

  /// Workload A on r6i.xlarge (baseline 1.562 Gbit/s = 195.25 MB/s; 80 % = 156.2 MB/s):
  /// - network out (RF−1+F)·W = 5 × 104,857,600 = 524,288,000 → 3.357 brokers → 4
  /// - network in RF·W = 314,572,800 → 2.014 → 3
  /// - disk throughput RF·W ÷ (80 % × r6i.xlarge's EBS baseline 1,250 Mbit/s = 156.25 MB/s)
  ///   = 314,572,800 ÷ 125,000,000 = 2.516582 → 3 (0.375 while the book lacked the EBS baseline and
  ///   gp3's 1,000 MiB/s ceiling stood in for it)
  /// - disk: S = W·T·RF + P·RF·1 GiB = 27,179,089,920,000 + 193,273,528,320 B;
  ///   ÷ 0.7 = 39,103,376,354,742.86 B ÷ 16 TiB = 2.22 → 3
  /// - max 4 → multiple of 3: 6 → survive one broker: 7 brokers, bound by network out.
  @Test func sizingOfWorkloadA() throws {
    let (sizing, _) = try TestBook.month(kafka, Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 7)
    #expect(sizing.countBeforeHeadroom == 6)
    #expect(sizing.binding == .networkOut)
    let disk = try #require(sizing.requirements.first { $0.constraint == .diskThroughput })
    #expect(abs(disk.brokers - 2.5165824) < 1e-9)
  }

  /// Cross-AZ bytes for workload A, per month:
  /// producer W·2/3 = 171,093.75 GiB; replication W·2 = 513,281.25 GiB;
  /// consumers F·W·2/3 = 513,281.25 GiB without fetch-from-follower, 0 with it (RF ≥ Z).
  /// Each GiB is billed out ($0.01) and in ($0.01): 3,421.875 + 10,265.625 + 10,265.625 = 23,953.125.
  @Test func crossAZOfWorkloadAWithAndWithoutFetchFromFollower() throws {
    let (_, lines) = try TestBook.month(kafka, Workloads.a(), on: "r6i.xlarge")
    #expect(TestBook.cost(lines, .crossAZProducer) == Decimal(string: "3421.875")!)
    #expect(TestBook.cost(lines, .crossAZReplication) == Decimal(string: "10265.625")!)
    #expect(TestBook.cost(lines, .crossAZConsumer) == Decimal(string: "10265.625")!)
    let producerOut = try #require(lines.first { $0.category == .crossAZProducer && $0.priceRow.hasSuffix(".out") })
    #expect(producerOut.quantity == Decimal(string: "171093.75")!)

    let (_, follower) = try TestBook.month(kafka, Workloads.a(fetchFromFollower: true), on: "r6i.xlarge")
    #expect(TestBook.cost(follower, .crossAZConsumer) == 0)
    #expect(TestBook.cost(follower, .crossAZReplication) == Decimal(string: "10265.625")!)
  }

  /// Workload A bill: brokers 7 × 730 h × $0.252 = 1,287.72; controllers 3 × 730 × $0.096 = 210.24;
  /// disk 39,103,376,354,742.86 B ÷ 7 = 5,202.55 GiB → 5,203 GiB each, 7 × 5,203 × $0.08 = 2,913.68;
  /// throughput 42.9 MiB/s per volume and 500 IOPS stay inside gp3's included 125 MiB/s and 3,000 IOPS.
  /// Total 1,287.72 + 210.24 + 2,913.68 + 23,953.125 = 28,364.765 (18,099.14 with fetch-from-follower).
  @Test func monthlyBillOfWorkloadA() throws {
    let (_, lines) = try TestBook.month(kafka, Workloads.a(), on: "r6i.xlarge")
    #expect(TestBook.cost(lines, .compute) == Decimal(string: "1497.96")!)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "2913.68")!)
    #expect(TestBook.total(lines) == Decimal(string: "28364.765")!)
    #expect(!lines.contains { $0.priceRow == "rates/ebs.gp3.throughput" || $0.priceRow == "rates/ebs.gp3.iops" })
    let (_, follower) = try TestBook.month(kafka, Workloads.a(fetchFromFollower: true), on: "r6i.xlarge")
    #expect(TestBook.total(follower) == Decimal(string: "18099.14")!)
  }

  /// Workload B on m7g.xlarge (baseline 1.876 Gbit/s; 80 % = 187.6 MB/s; EBS 1,250 Mbit/s = 156.25 MB/s):
  /// - out (RF−1+F)·W + Rc = 170 MB/s → 0.91; in 150 MB/s → 0.80; disk 170 MB/s ÷ (0.8 × 156.25) → 1.36
  /// - disk: S = 50e6 × 604,800 × 3 + 30 × 3 × 1 GiB = 90,720,000,000,000 + 96,636,764,160 B;
  ///   ÷ 0.7 ÷ 16 TiB = 7.37 → 8 → multiple of 3: 9 → survive an AZ: 9 × 3/2 = 13.5 → 15.
  /// - gp3 per broker: 8,055.2 GiB → 8,056 GiB; 15 × 8,056 × $0.08 = 9,667.20.
  /// - compute 15 × 730 × $0.1632 = 1,787.04, controllers 210.24.
  /// - cross-AZ: producer 50e6 × 2/3 × 2,628,000 ÷ 2^30 = 81,583.857536 GiB, replication 244,751.572609 GiB,
  ///   consumers 0 with fetch-from-follower; (81,583.857536 + 244,751.572609) × $0.02 = 6,526.7086029.
  /// Total 1,787.04 + 210.24 + 9,667.20 + 6,526.7086029 = 18,191.1886029.
  @Test func workloadBBoundByDiskCapacityWithAZHeadroom() throws {
    let (sizing, lines) = try TestBook.month(kafka, Workloads.b(), on: "m7g.xlarge")
    #expect(sizing.binding == .diskCapacity)
    #expect(sizing.countBeforeHeadroom == 9)
    #expect(sizing.count == 15)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "9667.2")!)
    #expect(TestBook.cost(lines, .crossAZConsumer) == 0)
    #expect(TestBook.total(lines) == Decimal(string: "18191.1886029")!)
    // Without fetch-from-follower, consumers cross: (F·W + Rc)·2/3 = 70 MB/s × 2/3 → 114,217.400551 GiB × $0.02.
    let (_, leaders) = try TestBook.month(kafka, Workloads.b(fetchFromFollower: false), on: "m7g.xlarge")
    #expect(TestBook.cost(leaders, .crossAZConsumer) == Decimal(string: "2284.34801102")!)
  }

  /// With RF 3 over 2 AZs, rack-aware placement keeps ceil(3/2) = 2 replicas in the leader's AZ:
  /// one follower crosses (W × 1), and fetch-from-follower cannot help (every AZ has a replica: 0 cross).
  @Test func replicationCrossingWithMoreReplicasThanZones() {
    var workload = Workloads.a()
    workload.topology.azs = 2
    let flows = kafka.crossAZFlows(workload)
    let replication = flows.first { $0.category == .crossAZReplication }!
    #expect(replication.rate == DataRate.mibps(100))
  }

  /// Local NVMe needs an NVMe type: i3en.large holds 1,250 GB; workload A needs 39.1 TB ÷ 1.25 TB = 31.3 → 32 → 33 → 34.
  @Test func localNVMeBoundsBrokersByInstanceDisk() throws {
    let nvme = BrokerLocalKafka(name: "kafka-nvme", config: BrokerLocalConfig(disk: .localNVMe), facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(nvme, Workloads.a(), on: "i3en.large")
    #expect(sizing.binding == .diskCapacity)
    #expect(sizing.count == 34)
    #expect(TestBook.cost(lines, .blockStorage) == 0)
    #expect(throws: SizingFailure.self) { try nvme.size(Workloads.a(), on: TestBook.book.instance("r6i.xlarge")) }
  }

  /// One partition's leader must fit on one broker: 1 partition at 200 MB/s with F = 1 sends
  /// (RF−1+F)·W = 600 MB/s, more than m6i.large's 0.8 × 97.6 MB/s.
  @Test func instanceTooSmallForOnePartition() throws {
    let workload = Workload(
      feeds: [Feed(name: "hot", write: .mbps(200), fanOut: 1, partitions: 1)], topology: Topology())
    #expect(throws: SizingFailure.self) { try kafka.size(workload, on: TestBook.book.instance("m6i.large")) }
  }
}
