import Foundation

@testable import StreamCost

/// A price book with the shipped AWS us-east-1 rows the tests need
/// (pricing/aws/us-east-1/2026-07-20, each row with its source URL; EBS baselines from its `ebs_baseline_mbps` column).
enum TestBook {
  static func decimal(_ text: String) -> Decimal { ExactDecimal.parse(text)! }

  static func instance(_ name: String, vcpus: Int, gbps: Double, price: String, nvmeGB: Double? = nil, ebsMbps: Double? = nil) -> InstanceType {
    InstanceType(
      name: name, vcpus: vcpus, memoryGiB: 0, networkBaseline: DataRate(bytesPerSecond: gbps * 1e9 / 8),
      localNVMe: nvmeGB.map { DataSize.gb($0) }, ebsBaseline: ebsMbps.map { DataRate(bytesPerSecond: $0 * 1e6 / 8) },
      pricePerHour: decimal(price))
  }

  /// The shipped book's facts (pricing/aws/us-east-1/2026-07-20/facts.csv): its rate rows, gp3's
  /// 3,000 IOPS and 125 MiB/s included, 1,000 MiB/s and 16 TiB at most per volume, m6i.large controllers;
  /// the sources of the two facts the assumptions print.
  static let facts = ProviderFacts(
    rateIDs: [
      .blockStorage: "ebs.gp3.storage", .blockIOPS: "ebs.gp3.iops", .blockThroughput: "ebs.gp3.throughput",
      .objectStorage: "s3.standard.storage", .objectPut: "s3.standard.put", .objectGet: "s3.standard.get",
      .interAZOut: "ec2.transfer.inter-az.out", .interAZIn: "ec2.transfer.inter-az.in",
    ],
    blockVolume: BlockVolumeFacts(includedIOPS: 3_000, includedThroughput: .mibps(125), maxThroughput: .mibps(1_000), maxSize: .tib(16)),
    controllerInstance: "m6i.large",
    sources: [
      "block_volume.max_size": "AWS EBS gp3 maximum volume size 16 TiB, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
      "controller_instance": "assumption: smallest general-purpose type in the book (docs/model.md §1.2)",
    ])

  static func rate(_ role: RateRole, _ unit: PricingUnit, _ tiers: [(String, String)], category: String = "Storage") -> Rate {
    Rate(
      id: facts.rateID(role), description: facts.rateID(role), serviceCategory: category, serviceSubcategory: "",
      unit: unit, tiers: tiers.map { Rate.Tier(start: decimal($0.0), price: decimal($0.1)) })
  }

  static let book = PriceBook(
    info: PriceBook.Info(provider: "aws", region: "us-east-1", asOf: "2026-07-20", currency: "USD"),
    instances: [
      instance("m6i.large", vcpus: 2, gbps: 0.781, price: "0.096", ebsMbps: 650),
      instance("r6i.xlarge", vcpus: 4, gbps: 1.562, price: "0.252", ebsMbps: 1250),
      instance("m7g.xlarge", vcpus: 4, gbps: 1.876, price: "0.1632", ebsMbps: 1250),
      instance("c7g.large", vcpus: 2, gbps: 0.937, price: "0.0725", ebsMbps: 630),
      instance("c7g.xlarge", vcpus: 4, gbps: 1.876, price: "0.145", ebsMbps: 1250),
      instance("i3en.large", vcpus: 2, gbps: 2.1, price: "0.226", nvmeGB: 1250, ebsMbps: 576),
    ],
    rates: [
      rate(.blockStorage, .gibMonths, [("0", "0.08")]),
      rate(.blockIOPS, .iopsMonths, [("0", "0.005")]),
      rate(.blockThroughput, .mibpsMonths, [("0", "0.04")]),
      rate(.objectStorage, .gibMonths, [("0", "0.023"), ("51200", "0.022"), ("512000", "0.021")]),
      rate(.objectPut, .thousandRequests, [("0", "0.005")]),
      rate(.objectGet, .thousandRequests, [("0", "0.0004")]),
      rate(.interAZOut, .gib, [("0", "0.01")], category: "Networking"),
      rate(.interAZIn, .gib, [("0", "0.01")], category: "Networking"),
    ], facts: facts)

  /// Sizes `deployment` on `instance` and prices a 730-hour month.
  static func month(_ deployment: any Deployment, _ workload: Workload, on instance: String) throws -> (Sizing, [CostLine]) {
    let sizing = try deployment.size(workload, on: book.instance(instance))
    let lines = try Pricer(book: book, monthHours: 730).price(deployment.usage(workload, sizing: sizing, hours: 730))
    return (sizing, lines)
  }

  static func cost(_ lines: [CostLine], _ category: CostCategory) -> Decimal {
    lines.filter { $0.category == category }.reduce(0) { $0 + $1.cost }
  }

  static func total(_ lines: [CostLine]) -> Decimal { lines.reduce(0) { $0 + $1.cost } }
}

/// The two workloads every architecture is checked on, by hand.
enum Workloads {
  /// A: W = 100 MiB/s (104,857,600 B/s), F = 3, T = 1 d, P = 60, RF 3, Z 3,
  /// no fetch-from-follower, survive one broker, U_net 0.8, U_disk 0.7.
  static func a(fetchFromFollower: Bool = false) -> Workload {
    Workload(
      feeds: [Feed(name: "a", write: .mibps(100), fanOut: 3, retention: .days(1), partitions: 60)],
      topology: Topology(fetchFromFollower: fetchFromFollower, survive: .broker))
  }

  /// B: W = 50 MB/s, F = 1, T = 7 d, P = 30, catch-up Rc = 20 MB/s reading 2 d back,
  /// RF 3, Z 3, fetch-from-follower on, survive one AZ.
  static func b(fetchFromFollower: Bool = true) -> Workload {
    Workload(
      feeds: [
        Feed(
          name: "b", write: .mbps(50), fanOut: 1, retention: .days(7), partitions: 30,
          catchUp: CatchUp(rate: .mbps(20), lag: .days(2)))
      ],
      topology: Topology(fetchFromFollower: fetchFromFollower, survive: .az))
  }
}
