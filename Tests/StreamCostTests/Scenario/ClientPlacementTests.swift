import Foundation
import Testing

@testable import StreamCost

/// `topology.clients` (docs/model.md §0.3), priced through the engine on workload A (W = 100 MiB/s,
/// F = 3, Z = 3, RF 3; inter-AZ $0.01/GiB out and $0.01/GiB in, a 730-hour month), every figure by hand:
/// - W over a month: 100/1024 GiB/s × 2,628,000 s = 256,640.625 GiB.
/// - Producers to another AZ, W·2/3: 171,093.75 GiB sent and received × $0.02 = 3,421.875 USD.
/// - Consumers from another AZ, F·W·2/3: 513,281.25 GiB × $0.02 = 10,265.625 USD.
/// - Consumers with RF 2 on 3 AZs and follower fetching, F·W·(Z−RF)/Z = F·W/3: 5,132.8125 USD.
struct ClientPlacementTests {
  static let producers = Decimal(string: "3421.875")!
  static let consumers = Decimal(string: "10265.625")!
  static let consumersWithoutAReplica = Decimal(string: "5132.8125")!

  static let sharedWithRouter = ArchitectureSpec(
    name: "shared-storage-object-wal", config: .sharedStorage(SharedStorageConfig(wal: .objectStorage)))
  static let everyDesign = ArchitectureSpec.defaults + [sharedWithRouter]

  func compare(_ topology: Topology, _ architectures: [ArchitectureSpec] = everyDesign) throws -> Comparison {
    let scenario = Scenario(
      name: "clients", pricing: PricingReference(provider: "aws", region: "us-east-1"),
      feeds: Workloads.a().feeds, topology: topology, architectures: architectures)
    return try CostEngine(book: TestBook.book).compare(scenario)
  }

  func cost(_ c: Comparison, _ name: String, _ category: CostCategory) throws -> Decimal {
    try #require(c.results.first { $0.name == name }).cost(category)
  }

  /// Zone-aware clients: no consumer byte crosses an AZ on any design with a replica (or a broker
  /// serving the partition) in every AZ; kafka's producers still write to the leader's AZ, 2/3 of W,
  /// as do shared storage's on an EBS WAL (no zone router without an object-storage WAL).
  @Test func zoneAwareClientsBillNoConsumerTraffic() throws {
    let c = try compare(Topology(clients: .zoneAware, survive: .broker))
    for result in c.results {
      #expect(result.cost(.crossAZConsumer) == 0, "\(result.name)")
    }
    #expect(try cost(c, "kafka", .crossAZProducer) == Self.producers)
    #expect(try cost(c, "kafka-tiered", .crossAZProducer) == Self.producers)
    #expect(try cost(c, "shared-storage", .crossAZProducer) == Self.producers)
    #expect(try cost(c, "shared-storage-object-wal", .crossAZProducer) == 0)
    #expect(try cost(c, "diskless", .crossAZProducer) == 0)
  }

  /// The one place a design forces consumer bytes across AZs with zone-aware clients: broker-local
  /// Kafka with fewer replicas than AZs (RF 2 on 3 AZs), where a third of the consumers have no
  /// replica in their AZ. The stateless designs are unaffected by RF.
  @Test func fewerReplicasThanZonesForceConsumerTraffic() throws {
    let c = try compare(Topology(replicationFactor: 2, clients: .zoneAware, survive: .broker))
    #expect(try cost(c, "kafka", .crossAZConsumer) == Self.consumersWithoutAReplica)
    #expect(try cost(c, "kafka-tiered", .crossAZConsumer) == Self.consumersWithoutAReplica)
    #expect(try cost(c, "shared-storage", .crossAZConsumer) == 0)
    #expect(try cost(c, "diskless", .crossAZConsumer) == 0)
  }

  /// The default, any zone: every design bills producers and consumers alike, (Z−1)/Z of each.
  @Test func anyZoneBillsEveryDesignAlike() throws {
    let c = try compare(Topology(survive: .broker))
    for result in c.results {
      #expect(result.cost(.crossAZProducer) == Self.producers, "\(result.name)")
      #expect(result.cost(.crossAZConsumer) == Self.consumers, "\(result.name)")
    }
  }

  /// An architecture's own key wins over `topology.clients`, both ways, and says so.
  @Test func ownKeysOverrideTheScenarioSetting() throws {
    let specs = [
      ArchitectureSpec(config: .diskless(DisklessConfig(zoneAwareClients: false))),
      ArchitectureSpec(config: .sharedStorage(SharedStorageConfig(wal: .objectStorage, zoneRouter: true))),
    ]
    let zoneAware = try compare(Topology(clients: .zoneAware, survive: .broker), specs)
    #expect(try cost(zoneAware, "diskless", .crossAZConsumer) == Self.consumers)
    let anyZone = try compare(Topology(survive: .broker), specs)
    #expect(try cost(anyZone, "shared-storage", .crossAZConsumer) == 0)
    #expect(try cost(anyZone, "shared-storage", .crossAZProducer) == 0)
    let kafka = try compare(Topology(clients: .zoneAware, fetchFromFollower: false, survive: .broker), [ArchitectureSpec.defaults[0]])
    #expect(try cost(kafka, "kafka", .crossAZConsumer) == Self.consumers)

    let setting = specs[0].clientSetting(Topology(clients: .zoneAware), at: "architectures[0]")
    #expect(setting == ClientSetting(placement: .anyZone, overrideKey: "architectures[0].zone_aware_clients"))
    let following = ArchitectureSpec.defaults[3].clientSetting(Topology(clients: .zoneAware), at: "architectures[3]")
    #expect(following == ClientSetting(placement: .zoneAware, overrideKey: nil))
  }

  /// An explicit zone router still needs an object-storage WAL; zone-aware clients from
  /// `topology.clients` on an EBS WAL are accepted (rack-aware consumers).
  @Test func theRouterNeedsAnObjectWALButZoneAwareClientsDoNot() {
    let explicit = Scenario(
      name: "x", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: Workloads.a().feeds,
      architectures: [ArchitectureSpec(config: .sharedStorage(SharedStorageConfig(zoneRouter: true)))])
    #expect(explicit.validate().map(\.keyPath) == ["architectures[0].zone_router"])
    var inherited = explicit
    inherited.topology.clients = .zoneAware
    inherited.architectures = [ArchitectureSpec(config: .sharedStorage(SharedStorageConfig()))]
    #expect(inherited.validate().isEmpty)
  }

  /// Property, over 200 seeded workloads (Z 1–5, RF 1–5, W, F and Rc drawn): with zone-aware
  /// clients, kafka's consumers cross only for (Z−RF)/Z of their bytes and its producers for
  /// (Z−1)/Z; shared storage on an EBS WAL keeps consumers only; the zone router and diskless keep
  /// every client byte in its AZ. With clients in any AZ, every design's client flows are equal.
  @Test func everyDesignHonoursThePlacementOnGeneratedWorkloads() {
    var random = SplitMix64(seed: 21)
    let facts = TestBook.facts
    for _ in 0..<200 {
      let z = Int.random(in: 1...5, using: &random)
      let rf = Int.random(in: 1...5, using: &random)
      let feed = Feed(
        name: "f", write: DataRate(bytesPerSecond: Double.random(in: 1e5...1e9, using: &random)),
        fanOut: Int.random(in: 1...8, using: &random), retention: .days(3), partitions: 12,
        catchUp: CatchUp(rate: DataRate(bytesPerSecond: Double.random(in: 0...1e8, using: &random)), lag: .days(1)))
      let w = feed.write.bytesPerSecond
      let reads = w * Double(feed.fanOut) + feed.catchUpRate.bytesPerSecond
      let remote = Double(z - 1) / Double(z)
      for clients in ClientPlacement.allCases {
        let workload = Workload(feeds: [feed], topology: Topology(azs: z, replicationFactor: rf, clients: clients, survive: .none))
        let kafka = BrokerLocalKafka(name: "k", config: BrokerLocalConfig(), facts: facts).crossAZFlows(workload)
        let ebs = SharedStorageKafka(name: "s", config: SharedStorageConfig(), facts: facts, clients: clients).crossAZFlows(workload)
        let router = SharedStorageKafka(name: "r", config: SharedStorageConfig(wal: .objectStorage), facts: facts, clients: clients)
          .crossAZFlows(workload)
        let diskless = DisklessAgents(name: "d", config: DisklessConfig(), clients: clients).crossAZFlows(workload)
        func rate(_ flows: [CrossAZFlow], _ category: CostCategory) -> Double {
          flows.filter { $0.category == category }.reduce(0) { $0 + $1.rate.bytesPerSecond }
        }
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
        let kafkaReads = clients == .zoneAware ? reads * Double(max(0, z - min(rf, z))) / Double(z) : reads * remote
        #expect(near(rate(kafka, .crossAZProducer), w * remote), "Z \(z) RF \(rf) \(clients)")
        #expect(near(rate(kafka, .crossAZConsumer), kafkaReads), "Z \(z) RF \(rf) \(clients)")
        #expect(near(rate(ebs, .crossAZProducer), w * remote))
        #expect(near(rate(ebs, .crossAZConsumer), clients == .zoneAware ? 0 : reads * remote))
        for flows in [router, diskless] {
          #expect(near(rate(flows, .crossAZProducer), clients == .zoneAware ? 0 : w * remote))
          #expect(near(rate(flows, .crossAZConsumer), clients == .zoneAware ? 0 : reads * remote))
        }
      }
    }
  }
}
