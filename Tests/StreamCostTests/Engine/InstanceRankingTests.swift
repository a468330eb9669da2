import Foundation
import Testing

@testable import StreamCost

/// The cheapest-instance search ranks from the meters alone; it must give the order the full
/// sized and priced months give.
struct InstanceRankingTests {
  static let engine = CostEngine(book: TestBook.book)
  static let pricer = Pricer(book: TestBook.book, monthHours: 730)

  static let deployments: [any Deployment] = [
    ArchitectureSpec(config: .kafka(BrokerLocalConfig())).deployment,
    ArchitectureSpec(config: .kafkaTiered(BrokerLocalConfig(), TieringConfig())).deployment,
    ArchitectureSpec(config: .sharedStorage(SharedStorageConfig())).deployment,
    ArchitectureSpec(config: .diskless(DisklessConfig())).deployment,
  ]

  /// For every architecture and both hand-checked workloads: the types that size, in the order of
  /// their exact month totals from `size` + `usage` + `Pricer` (by name among equals), come out of
  /// `ranked` in the same order.
  @Test(arguments: 0..<4, [false, true]) func rankingMatchesTheFullyPricedMonths(architecture: Int, workloadB: Bool) throws {
    let deployment = Self.deployments[architecture]
    let workload = workloadB ? Workloads.b() : Workloads.a()
    var priced: [(name: String, total: Decimal)] = []
    for instance in TestBook.book.sortedInstances where deployment.accepts(instance) {
      guard let month = try? TestBook.month(deployment, workload, on: instance.name) else { continue }
      priced.append((instance.name, TestBook.total(month.1)))
    }
    let expected = priced.enumerated().sorted { ($0.element.total, $0.offset) < ($1.element.total, $1.offset) }.map(\.element.name)
    let ranked = try Self.engine.ranked(deployment, workload: workload, pricer: Self.pricer, hours: 730, at: "a")
      .map(\.name).filter { expected.contains($0) }
    #expect(ranked == expected)
    #expect(expected.count >= 2)
  }

  /// Two types alike in every figure and price cost the same to the cent: the first by name wins,
  /// as the exact comparison inside the floating-point band decides.
  @Test func equalTotalsKeepNameOrder() throws {
    var book = TestBook.book
    book.instances["c7g.large-copy"] = InstanceType(
      name: "c7g.large-copy", vcpus: 2, memoryGiB: 0, networkBaseline: book.instances["c7g.large"]!.networkBaseline,
      localNVMe: nil, ebsBaseline: nil, pricePerHour: TestBook.decimal("0.0725"))
    let engine = CostEngine(book: book)
    let ranked = try engine.ranked(
      Self.deployments[2], workload: Workloads.a(), pricer: Pricer(book: book, monthHours: 730), hours: 730, at: "a"
    ).map(\.name)
    let first = try #require(ranked.firstIndex(of: "c7g.large"))
    #expect(ranked[first + 1] == "c7g.large-copy")
  }

  /// The floating-point month is the exact month to well within a millionth.
  @Test func approximateCostsAgreeWithExactOnes() throws {
    let deployment = Self.deployments[1]
    let (sizing, lines) = try TestBook.month(deployment, Workloads.a(), on: "r6i.xlarge")
    var state = ClusterState(count: sizing.count)
    var amounts: [Double] = []
    deployment.meter(Workloads.a(), state: &state, hours: 730, into: &amounts)
    var approximate = 0.0
    for (line, amount) in zip(deployment.meterLines(on: sizing.instance), amounts) {
      approximate += try Self.engine.approximateCost(line, amount, Self.pricer, at: "a")
    }
    let exact = TestBook.total(lines).doubleValue
    #expect(abs(approximate - exact) < CostEngine.exactBand(exact) / 1_000)
  }
}
