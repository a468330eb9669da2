import Foundation
import Testing

@testable import StreamCost

/// Root and controller volumes on the stateless designs (docs/model.md §1.4), on workload A with
/// the figures of SharedStorageKafkaTests and DisklessAgentsTests: 7 brokers and 3 controllers,
/// or 7 agents; gp3 $0.08 per GiB-month, a 730-hour month.
struct NodeVolumesTests {
  /// Shared storage: root volumes 7 × 30 GiB = 210 GiB-months ($16.80) and 3 × 30 = 90 ($7.20),
  /// controller volumes 3 × 10 = 30 ($2.40), beside the WAL's 5.60: block storage 32.00; the total
  /// 15,697.4487468896 + 26.40.
  @Test func sharedStorageBrokersAndControllersCarryTheirVolumes() throws {
    let config = SharedStorageConfig(rootVolume: NodeVolume(size: .gib(30)), controllerVolume: NodeVolume(size: .gib(10)))
    let shared = SharedStorageKafka(name: "s", config: config, facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(shared, Workloads.a(), on: "r6i.xlarge")
    #expect(sizing.count == 7)
    #expect(lines.filter { $0.description.contains("volumes (") }.map(\.quantity) == [210, 90, 30])
    #expect(TestBook.cost(lines, .blockStorage) == Decimal(string: "32")!)
    #expect(TestBook.total(lines) == Decimal(string: "15723.8487468896")!)
  }

  /// Diskless (zone-aware clients, as the figure was worked out): 7 agents × 64 GiB = 448
  /// GiB-months ($35.84), and no controller line; the total 1,446.189296875 + 35.84. A sub-GiB size is billed in whole GiB: 0.5 GiB → 1 GiB, 7 GiB-months.
  @Test func disklessAgentsCarryARootVolumeEach() throws {
    let diskless = DisklessAgents(name: "d", config: DisklessConfig(zoneAwareClients: true, rootVolume: NodeVolume(size: .gib(64))))
    let (_, lines) = try TestBook.month(diskless, Workloads.a(), on: "c7g.xlarge")
    let root = try #require(lines.first { $0.description == "Agent root volumes (64 GiB gp3)" })
    #expect(root.quantity == 448)
    #expect(lines.filter { $0.category == .blockStorage }.count == 1)
    #expect(TestBook.total(lines) == Decimal(string: "1482.029296875")!)
    let small = DisklessAgents(name: "d", config: DisklessConfig(rootVolume: NodeVolume(size: .gib(0.5))))
    let tiny = try TestBook.month(small, Workloads.a(), on: "c7g.xlarge").1
    #expect(tiny.first { $0.description == "Agent root volumes (1 GiB gp3)" }?.quantity == 7)
  }

  /// A stated volume of no size is refused on every design that takes one.
  @Test func aVolumeOfNoSizeIsRefused() {
    let zero = NodeVolume(size: .gib(0))
    #expect(SharedStorageConfig(controllerVolume: zero).validate(at: "s").map(\.keyPath) == ["s.controller_volume.size"])
    #expect(DisklessConfig(rootVolume: zero).validate(at: "d").map(\.keyPath) == ["d.root_volume.size"])
  }
}
