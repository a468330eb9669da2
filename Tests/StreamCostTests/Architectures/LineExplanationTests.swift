import Foundation
import Testing

@testable import StreamCost

/// Each model's `x_Assumption` texts on workload A (W = 100 MiB/s = 104,857,600 B/s, F = 3,
/// T = 1 d, P = 60, RF 3, Z 3; month 730 h = 2,628,000 s): the figures each text gives multiply
/// back to the line's quantity, worked out by hand below (issue 15, items 7 and 8).
struct LineExplanationTests {
  static func line(_ lines: [CostLine], _ prefix: String) throws -> CostLine {
    try #require(lines.first { $0.description.hasPrefix(prefix) }, "no line \(prefix)")
  }

  /// Kafka on r6i.xlarge (7 brokers, BrokerLocalKafkaTests.sizingOfWorkloadA):
  /// brokers 7 × 730 = 5,110 h; gp3 7 × 5,203 GiB × 730 h = 36,421 GiB-months; producers
  /// 104.86 MB/s × 2/3 × 2,628,000 s = 171,093.75 GiB; followers × 2 = 513,281.25 GiB; consumers
  /// F·W = 314.57 MB/s × 2/3 = 513,281.25 GiB.
  @Test func kafkaTextsReproduceTheirQuantities() throws {
    let kafka = BrokerLocalKafka(name: "kafka", config: BrokerLocalConfig(), facts: TestBook.book.facts)
    let (_, lines) = try TestBook.month(kafka, Workloads.a(), on: "r6i.xlarge")
    let brokers = try Self.line(lines, "Kafka brokers")
    #expect(brokers.quantity == 5_110)
    #expect(
      brokers.assumption
        == "5,110 broker-hours = 7 brokers × 730 h; sized for 7: bound by network out, 6 before N+1 headroom to survive a broker")
    #expect(try Self.line(lines, "KRaft controllers").assumption == "3 controllers × 730 h")
    let disk = try Self.line(lines, "Broker gp3 storage")
    #expect(disk.quantity == 36_421)
    #expect(disk.assumption.hasPrefix("7 volumes × 5,203 GiB × 730 h; S ÷ U_disk ÷ N"))
    let producers = try Self.line(lines, "Inter-AZ transfer out, producers")
    #expect(producers.quantity == Decimal(string: "171093.75")!)
    #expect(producers.assumption == "W·(Z−1)/Z = 104.86 MB/s × 0.6667 × 730 h")
    let followers = try Self.line(lines, "Inter-AZ transfer in, leaders to followers")
    #expect(followers.quantity == Decimal(string: "513281.25")!)
    #expect(followers.assumption == "W·(RF − ceil(RF/Z)) = 104.86 MB/s × 2 × 730 h")
    let consumers = try Self.line(lines, "Inter-AZ transfer out, brokers to consumers")
    #expect(consumers.quantity == Decimal(string: "513281.25")!)
    #expect(consumers.assumption.hasSuffix(" = 314.57 MB/s × 0.6667 × 730 h"))
  }

  /// Tiered Kafka: segment uploads W ÷ 1 GiB × p PUTs per segment = 0.09765625 × p PUT/s, p from
  /// the model's settings (create + parts + complete + extra objects, docs/model.md §2); the one
  /// copy W·T = 9,059,696,640,000 B = 8.24 TiB = 8,437.5 GiB-months.
  @Test func tieredTextsReproduceTheirQuantities() throws {
    let tiered = TieredKafka(name: "t", broker: BrokerLocalConfig(), tiering: TieringConfig(), facts: TestBook.book.facts)
    let (_, lines) = try TestBook.month(tiered, Workloads.a(), on: "r6i.xlarge")
    let p = Double(tiered.putsPerSegment)
    let uploads = try Self.line(lines, "Segment uploads")
    #expect(uploads.quantity == ExactDecimal.rounded(0.09765625 * p * 2_628_000 / 1_000))
    #expect(
      uploads.assumption
        == "\(Format.number(0.09765625 * p, places: 4)) PUT/s × 2,628,000 s; PUT/s = W ÷ 1 GiB × \(tiered.putsPerSegment) PUTs per segment")
    let stored = try Self.line(lines, "Tiered segments")
    #expect(stored.quantity == Decimal(string: "8437.5")!)
    #expect(stored.assumption == "one copy W·T: 8.24 TiB held × 730 h")
  }

  /// Shared storage with an object-storage WAL and the zone router: the network-in lane writes
  /// the router term the formula adds (item 8): (1 + c)·W + Rc + W·(Z−1)/Z, c = 0.5 (compaction
  /// read default 0.5) → 104.86 × (1.5 + 2/3) = 227.19 MB/s; no client byte crosses AZs.
  @Test func sharedStorageTextsFollowTheRouter() throws {
    let config = SharedStorageConfig(wal: .objectStorage, zoneRouter: true)
    let shared = SharedStorageKafka(name: "s", config: config, facts: TestBook.book.facts)
    let (sizing, lines) = try TestBook.month(shared, Workloads.a(), on: "c7g.xlarge")
    let inbound = try #require(sizing.requirements.first { $0.constraint == .networkIn })
    let expected = 104_857_600 * (1 + config.compactionRead + 2.0 / 3)
    #expect(inbound.detail.hasPrefix("(1 + c)·W + Rc + W·(Z−1)/Z (router) = \(Format.rate(DataRate(bytesPerSecond: expected))) ÷ "))
    let gets = try Self.line(lines, "Object GETs")
    #expect(gets.assumption.contains(" + router N·max(1 ÷ 250ms, W·(Z−1)/Z ÷ N ÷ 8 MiB) × (Z−1)"))
    #expect(!lines.contains { $0.category == .crossAZProducer || $0.category == .crossAZConsumer })
    #expect(try Self.line(lines, "Data in object storage").assumption == "one copy W·T: 8.24 TiB held × 730 h")
  }

  /// Diskless with `read_chunk: 8 MiB`: tail GETs Z·W ÷ 8 MiB = 3 × 104,857,600 ÷ 8,388,608 = 37.5 GET/s,
  /// × 2,628,000 s = 98,550,000 GETs = 98,550 thousand; the text and `sizing.csv`'s note name
  /// the setting's 8 MiB, not a constant 4 MiB (item 8).
  @Test func disklessReadTextsNameTheReadChunk() throws {
    let diskless = DisklessAgents(name: "d", config: DisklessConfig(readChunk: .mib(8)))
    let (sizing, lines) = try TestBook.month(diskless, Workloads.a(), on: "c7g.xlarge")
    let tail = try Self.line(lines, "Tail-read GETs")
    #expect(tail.quantity == 98_550)
    #expect(tail.assumption == "37.5 GET/s × 2,628,000 s; GET/s = Z·W ÷ 8 MiB (each AZ reads each object once)")
    #expect(sizing.figures.first { $0.name == "tail GET/s" }?.note == "Z·W ÷ 8 MiB")
  }

  /// A simulated month's text reads the month's figures: 24 h at 60 MB/s then 24 h at 140 MB/s
  /// (a step spike) average 100 MB/s, and producers cross 100 MB/s × 2/3 over 48 h.
  @Test func simulatedTextsQuoteTheMeanLoad() throws {
    let feed = Feed(name: "f", write: .mbps(60), fanOut: 1, retention: .hours(1), partitions: 60)
    let spike = LoadProfile([.spikes([Spike(start: .hours(24), duration: .hours(24), multiplier: 140.0 / 60)])])
    let spec = SimulatorTests.named(.diskless(DisklessConfig(zoneAwareClients: false)), instance: "c7g.xlarge", scaling: ScalingConfig(policy: .peak))
    let scenario = Scenario(
      name: "mean", pricing: PricingReference(provider: "aws", region: "us-east-1"), feeds: [feed], architectures: [spec],
      time: TimeSettings(horizon: .hours(48), step: .hours(1)), profile: spike)
    let lines = try SimulatorTests.run(scenario).comparison.results[0].lines
    #expect(try Self.line(lines, "Inter-AZ transfer out, producers").assumption == "W·(Z−1)/Z = 100 MB/s × 0.6667 × 48 h")
  }

  /// Explanation numbers: grouped, at most the places asked, and the same for a sum that
  /// differs from the exact figure in its last bits.
  @Test func explanationNumbers() {
    #expect(ExplainNumber.text(13_870) == "13,870")
    #expect(ExplainNumber.text(1_234_567.891) == "1,234,567.89")
    #expect(ExplainNumber.text(-1_500.5) == "-1,500.5")
    #expect(ExplainNumber.text(0.1 + 0.2, places: 4) == "0.3")
    #expect(ExplainNumber.text(12.5 + 1e-12, places: 0) == ExplainNumber.text(12.5 - 1e-12, places: 0))
    #expect(ExplainNumber.isWhole(19.000_000_000_01) && !ExplainNumber.isWhole(18.97))
  }
}
