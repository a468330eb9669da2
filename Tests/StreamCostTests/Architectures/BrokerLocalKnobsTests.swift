import Foundation
import Testing

@testable import StreamCost

/// Broker-local Kafka's cluster-shape knobs (docs/model.md §1.2, §1.4) on workload A, every figure
/// worked by hand from BrokerLocalKafkaTests' derivation: network out needs 3.357 → 4 brokers, the
/// disk S ÷ U_disk = 39,103,376,354,742.86 B, cross-AZ 23,953.125 a month; r6i.xlarge $0.252/h,
/// m6i.large controllers $0.096/h, gp3 $0.08 per GiB-month, a 730-hour month.
struct BrokerLocalKnobsTests {
  func kafka(_ config: BrokerLocalConfig) -> BrokerLocalKafka {
    BrokerLocalKafka(name: "kafka", config: config, facts: TestBook.book.facts)
  }

  /// Without rounding to Z: 4 + 1 = 5 brokers (rounded: 6 + 1 = 7). Brokers 5 × 730 × 0.252 = 919.80,
  /// controllers 210.24; volumes 39,103,376,354,742.86 ÷ 5 = 7,283.57 GiB → 7,284 GiB,
  /// 5 × 7,284 × 0.08 = 2,913.60 (throughput 3 × 100 MiB/s ÷ 5 ÷ 0.8 = 75 MiB/s, inside the included 125).
  /// Total 919.80 + 210.24 + 2,913.60 + 23,953.125 = 27,996.765.
  @Test func roundToAZsFalseRunsFiveBrokersOnWorkloadA() throws {
    let (sizing, lines) = try TestBook.month(kafka(BrokerLocalConfig(roundToAZs: false)), Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.countBeforeHeadroom == 4)
    #expect(sizing.count == 5)
    #expect(TestBook.cost(lines, .compute) == Decimal(string: "1130.04")!)
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "2913.6")!)
    #expect(TestBook.total(lines) == Decimal(string: "27996.765")!)
  }

  /// Combined controllers: the 7 brokers are the voters, no controller line: 28,364.765 − 210.24.
  @Test func combinedControllersBillNoControllerInstances() throws {
    let (sizing, lines) = try TestBook.month(kafka(BrokerLocalConfig(controllerPlacement: .combined)), Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 7)
    #expect(!lines.contains { $0.priceRow == "instances/m6i.large" })
    #expect(TestBook.cost(lines, .compute) == Decimal(string: "1287.72")!)
    #expect(TestBook.total(lines) == Decimal(string: "28154.525")!)
  }

  /// A tiny feed on RF 2 over 2 AZs, no headroom: RF alone asks for 2 brokers; 3 combined voters
  /// ask for 3, a multiple of 2 → 4, or 3 with round_to_azs: false.
  @Test func combinedControllersNeedAtLeastTheQuorum() throws {
    let tiny = Workload(
      feeds: [Feed(name: "t", write: .mbps(1), retention: .hours(1), partitions: 4)],
      topology: Topology(azs: 2, replicationFactor: 2, survive: .none))
    let dedicated = try TestBook.month(kafka(BrokerLocalConfig()), tiny, on: "r6i.xlarge").0
    let combined = try TestBook.month(kafka(BrokerLocalConfig(controllerPlacement: .combined)), tiny, on: "r6i.xlarge").0
    let uneven = try TestBook.month(kafka(BrokerLocalConfig(roundToAZs: false, controllerPlacement: .combined)), tiny, on: "r6i.xlarge").0
    #expect(dedicated.count == 2)
    #expect(combined.count == 4)
    #expect(uneven.count == 3)
    #expect(uneven.binding == .replicationFactor)
  }

  /// Root volumes on 7 brokers and 3 controllers, 64 GiB × 730 h: 448 and 192 GiB-months ($35.84,
  /// $15.36); controller volumes 3 × 20 GiB: 60 GiB-months ($4.80). Total 28,364.765 + 56.00.
  @Test func rootAndControllerVolumesAreOneLineEach() throws {
    let config = BrokerLocalConfig(rootVolume: NodeVolume(size: .gib(64)), controllerVolume: NodeVolume(size: .gib(20)))
    let (_, lines) = try TestBook.month(kafka(config), Workloads.a(), on: "r6i.xlarge")
    let brokers = try #require(lines.first { $0.description == "Broker root volumes (64 GiB gp3)" })
    let controllers = try #require(lines.first { $0.description == "KRaft controller root volumes (64 GiB gp3)" })
    let metadata = try #require(lines.first { $0.description == "KRaft controller volumes (20 GiB gp3)" })
    #expect((brokers.quantity, brokers.cost) == (448, Decimal(string: "35.84")!))
    #expect((controllers.quantity, controllers.cost) == (192, Decimal(string: "15.36")!))
    #expect((metadata.quantity, metadata.cost) == (60, Decimal(string: "4.8")!))
    #expect(brokers.priceRow == "rates/ebs.gp3.storage")
    #expect(TestBook.total(lines) == Decimal(string: "28420.765")!)
  }

  /// With combined controllers only the brokers' root volumes are billed: 448 GiB-months.
  @Test func combinedNodesCarryOneRootVolumeEach() throws {
    let config = BrokerLocalConfig(controllerPlacement: .combined, rootVolume: NodeVolume(size: .gib(64)))
    let (_, lines) = try TestBook.month(kafka(config), Workloads.a(), on: "r6i.xlarge")
    #expect(lines.filter { $0.description.contains("root volumes") }.map(\.quantity) == [448])
  }

  /// volume_step 100 GiB: 5,202.55 GiB → 5,203 → 5,300 GiB; 7 × 5,300 × 0.08 = 2,968.00.
  /// Under a 3,700 GiB largest volume, disk needs 39,103,376,354,742.86 ÷ (3,700 × 2^30) = 9.84 → 10
  /// → 12 → 13 brokers of 2,801.37 → 2,802 GiB; a 4,000 GiB step stops at the largest volume, 3,700:
  /// 13 × 3,700 × 0.08 = 3,848.00.
  @Test func volumeStepRoundsDataVolumesUpButNotPastTheLargest() throws {
    let stepped = try TestBook.month(kafka(BrokerLocalConfig(volumeStep: .gib(100))), Workloads.a(), on: "r6i.xlarge").1
    #expect(TestBook.cost(stepped, .blockStorage) == Decimal(string: "2968")!)
    let (sizing, capped) = try TestBook.month(
      kafka(BrokerLocalConfig(maxDiskPerBroker: .gib(3_700), volumeStep: .gib(4_000))), Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 13)
    #expect(TestBook.cost(capped, .blockStorage) == Decimal(string: "3848")!)
  }

  /// The knobs' defaults add no line and move no figure: BrokerLocalKafkaTests' 28,364.765.
  @Test func defaultsKeepTheBill() throws {
    let (_, lines) = try TestBook.month(kafka(BrokerLocalConfig()), Workloads.a(), on: "r6i.xlarge")
    #expect(lines.count == 9)
    #expect(TestBook.total(lines) == Decimal(string: "28364.765")!)
  }

  /// Bad combinations are refused with the key and what is accepted.
  @Test func contradictoryKnobsAreRefused() {
    let combined = BrokerLocalConfig(
      controllerInstance: "m6i.large", controllerPlacement: .combined, controllerVolume: NodeVolume(size: .gib(20)),
      volumeStep: .gb(100))
    let issues = combined.validate(at: "architectures[0]").map(\.keyPath)
    #expect(issues == ["architectures[0].controller_instance", "architectures[0].controller_volume", "architectures[0].volume_step"])
    let zero = BrokerLocalConfig(rootVolume: NodeVolume(size: .gib(0)), volumeStep: .gib(0.5))
    #expect(zero.validate(at: "a").map(\.keyPath) == ["a.root_volume.size", "a.volume_step"])
    #expect(BrokerLocalConfig(volumeStep: .gib(100)).validate(at: "a").isEmpty)
  }
}
