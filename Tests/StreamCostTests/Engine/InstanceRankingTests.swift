import Foundation
import Testing

@testable import StreamCost

/// The cheapest-instance search ranks from the meters alone; it must give the order the full
/// sized and priced months give.
struct InstanceRankingTests {
  static let engine = CostEngine(book: TestBook.book)
  static let pricer = Pricer(book: TestBook.book, monthHours: 730)

  static let deployments: [any Deployment] = [
    ArchitectureSpec(config: .kafka(BrokerLocalConfig())).deployment(TestBook.book.facts, clients: .anyZone),
    ArchitectureSpec(config: .kafkaTiered(BrokerLocalConfig(), TieringConfig())).deployment(TestBook.book.facts, clients: .anyZone),
    ArchitectureSpec(config: .sharedStorage(SharedStorageConfig())).deployment(TestBook.book.facts, clients: .anyZone),
    ArchitectureSpec(config: .diskless(DisklessConfig())).deployment(TestBook.book.facts, clients: .anyZone),
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

  /// Every candidate metered with the formulas and the load's sums worked out once has, type by
  /// type, the amounts of `requiredCount` then `meter` on that type.
  @Test(arguments: 0..<4, [false, true]) func candidatesAreMeteredAsTypeByType(architecture: Int, workloadB: Bool) {
    let deployment = Self.deployments[architecture]
    let workload = workloadB ? Workloads.b() : Workloads.a()
    let instances = Self.engine.instances
    let candidates = instances.indices.filter { deployment.accepts(instances[$0]) }
    let lines = deployment.meterLines(on: instances[candidates[0]]).count
    let amounts = Self.engine.candidateAmounts(deployment, workload, candidates, hours: 730, lines: lines)
    #expect(candidates.count >= 2 && amounts.count == candidates.count * lines)
    for (c, index) in candidates.enumerated() {
      var state = ClusterState(count: deployment.requiredCount(workload, on: instances[index]).target)
      let expected = MeterAmounts.collect(lines: lines) { deployment.meter(workload, state: &state, hours: 730, into: &$0) }
      #expect(Array(amounts[(c * lines)..<((c + 1) * lines)]) == expected, "\(instances[index].name)")
    }
  }

  /// Two types alike in every figure and price cost the same to the cent: the first by name wins,
  /// as the exact comparison inside the floating-point band decides.
  @Test func equalTotalsKeepNameOrder() throws {
    let ranked = try Self.rankedWithCopy(of: "c7g.large", named: "c7g.large-copy", extraPerHour: "0")
    let first = try #require(ranked.firstIndex(of: "c7g.large"))
    #expect(ranked[first + 1] == "c7g.large-copy")
  }

  /// Two types whose months differ but whose floating-point totals fall in one band are ordered by
  /// their exact totals: a copy of c7g.large priced a hundred-millionth of a dollar an hour more
  /// bills 730 h × $0.00000001 more and comes after it, though its name sorts first.
  @Test func nearTiesAreOrderedByTheExactTotal() throws {
    let ranked = try Self.rankedWithCopy(of: "c7g.large", named: "c7g.a-dearer", extraPerHour: "0.00000001")
    let first = try #require(ranked.firstIndex(of: "c7g.large"))
    #expect(ranked[first + 1] == "c7g.a-dearer")
  }

  /// Shared storage's ranking on workload A, with a copy of `original` (same network, no local
  /// disk) priced `extraPerHour` dollars an hour more added to the book.
  static func rankedWithCopy(of original: String, named name: String, extraPerHour: String) throws -> [String] {
    var book = TestBook.book
    let type = try #require(book.instances[original])
    book.instances[name] = InstanceType(
      name: name, vcpus: type.vcpus, memoryGiB: 0, networkBaseline: type.networkBaseline, localNVMe: nil,
      ebsBaseline: nil, pricePerHour: type.pricePerHour + TestBook.decimal(extraPerHour))
    return try CostEngine(book: book).ranked(
      deployments[2], workload: Workloads.a(), pricer: Pricer(book: book, monthHours: 730), hours: 730, at: "a"
    ).map(\.name)
  }

  /// The ranking reads the lines once: for every type in the book, the first line bills that type
  /// and the others are the same lines whatever the type (``Deployment/meterLines(on:)``).
  @Test(arguments: 0..<4) func onlyTheFirstLineDependsOnTheInstance(architecture: Int) throws {
    let deployment = Self.deployments[architecture]
    let instances = TestBook.book.sortedInstances.filter { deployment.accepts($0) }
    let reference = deployment.meterLines(on: try #require(instances.first))
    for instance in instances {
      let lines = deployment.meterLines(on: instance)
      #expect(lines.first?.price == .instance(instance.name))
      #expect(lines.first?.dimension == .instanceHours)
      #expect(Array(lines.dropFirst()) == Array(reference.dropFirst()))
    }
  }

  /// The floating-point month is the exact month to well within a millionth.
  @Test func approximateCostsAgreeWithExactOnes() throws {
    let deployment = Self.deployments[1]
    let (sizing, priced) = try TestBook.month(deployment, Workloads.a(), on: "r6i.xlarge")
    var state = ClusterState(count: sizing.count)
    let lines = deployment.meterLines(on: sizing.instance)
    let amounts = MeterAmounts.collect(lines: lines.count) { deployment.meter(Workloads.a(), state: &state, hours: 730, into: &$0) }
    var approximate = 0.0
    for (line, amount) in zip(lines, amounts) {
      approximate += try Self.engine.approximateCost(line, amount, Self.pricer, at: "a")
    }
    let exact = TestBook.total(priced).doubleValue
    #expect(abs(approximate - exact) < CostEngine.exactBand(exact) / 1_000)
  }
}
