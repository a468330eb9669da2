import Foundation
import Testing

@testable import StreamCost

/// What an engine keeps from one run to the next (a sweep's thousands of runs) gives the results
/// working it out again gives; what failed is not kept, and fails again.
struct EngineMemoTests {
  static let pricer = Pricer(book: TestBook.book, monthHours: 730)

  /// A ranking that reads the memo (the second on an engine) is the one that filled it: for every
  /// architecture on both hand-checked workloads, the second workload ranked from the first's memo.
  @Test(arguments: 0..<4) func aRememberedRankingIsTheFirst(architecture: Int) throws {
    let deployment = InstanceRankingTests.deployments[architecture]
    let engine = CostEngine(book: TestBook.book)
    let key = EngineMemo.key(deployment, monthHours: 730)
    #expect(engine.memo.ranking(key) == nil)
    for workload in [Workloads.a(), Workloads.b()] {
      let first = try engine.rankedIndices(deployment, workload: workload, pricer: Self.pricer, hours: 730, at: "a")
      #expect(engine.memo.ranking(key) != nil)
      let again = try engine.rankedIndices(deployment, workload: workload, pricer: Self.pricer, hours: 730, at: "a")
      #expect(first == again && first.count >= 2)
    }
  }

  /// Each configuration and month length has its own entry: local NVMe accepts only types with
  /// NVMe disks, gp3 all of them, and a 744-hour month has a key of its own.
  @Test func eachConfigurationAndMonthHasItsOwn() throws {
    let engine = CostEngine(book: TestBook.book)
    let gp3 = BrokerLocalKafka(name: "kafka", config: BrokerLocalConfig(), facts: TestBook.book.facts)
    let nvme = BrokerLocalKafka(name: "kafka", config: BrokerLocalConfig(disk: .localNVMe), facts: TestBook.book.facts)
    let gp3Prep = try engine.rankingPrep(gp3, pricer: Self.pricer, at: "a")
    let nvmePrep = try engine.rankingPrep(nvme, pricer: Self.pricer, at: "a")
    #expect(gp3Prep.candidates == engine.instances.indices.filter { gp3.accepts(engine.instances[$0]) })
    #expect(nvmePrep.candidates == engine.instances.indices.filter { engine.instances[$0].localNVMe != nil })
    #expect(nvmePrep.candidates.count < gp3Prep.candidates.count)
    #expect(EngineMemo.key(gp3, monthHours: 730) != EngineMemo.key(gp3, monthHours: 744))
    #expect(EngineMemo.key(gp3, monthHours: 730) != EngineMemo.key(nvme, monthHours: 730))
  }

  /// A book without the GET price fails the ranking and the price check of shared storage each
  /// time it is asked, with the same error: a failure is not remembered.
  @Test func aMissingPriceFailsEveryTime() throws {
    var book = TestBook.book
    book.rates[book.facts.rateID(.objectGet)] = nil
    let engine = CostEngine(book: book)
    let pricer = Pricer(book: book, monthHours: 730)
    let shared = SharedStorageKafka(name: "shared-storage", config: SharedStorageConfig(), facts: book.facts)
    let instance = try #require(book.instances["m7g.xlarge"])
    for _ in 0..<2 {
      #expect(throws: EngineError.pricing(.missingRate("s3.standard.get", book: "aws/us-east-1@2026-07-20"))) {
        try engine.rankingPrep(shared, pricer: pricer, at: "architectures[0]")
      }
      #expect(throws: EngineError.pricing(.missingRate("s3.standard.get", book: "aws/us-east-1@2026-07-20"))) {
        try engine.checkPrices(shared, on: instance, pricer: pricer, at: "architectures[0]")
      }
    }
  }
}
