import Foundation
import Testing

@testable import StreamCost

/// A model's sizing is its step formulas' lanes: each requirement is a lane's demand ÷ capacity,
/// in lane order, and the count they resolve to is the count the simulator and the ranking use.
struct SizingLaneTests {
  /// For every model, both hand-checked workloads and every instance type it accepts that can
  /// carry them: the requirements (the minimum last) are the lanes' quotients, bit for bit, and the
  /// sized count is `requiredCount`'s target.
  @Test(arguments: 0..<4, [false, true]) func requirementsAreTheLanesQuotients(architecture: Int, workloadB: Bool) throws {
    let deployment = InstanceRankingTests.deployments[architecture]
    var workload = workloadB ? Workloads.b() : Workloads.a()
    workload.explains = true
    var sized = 0
    for instance in TestBook.book.sortedInstances where deployment.accepts(instance) {
      guard let sizing = try? deployment.size(workload, on: instance) else { continue }
      sized += 1
      let formulas = deployment.formulas(workload.topology, hours: 0)
      let sums = deployment.steadySums(workload)
      let quotients = formulas.demands(sums) / formulas.capacities(on: instance)
      #expect(sizing.requirements.dropLast().map(\.constraint) == formulas.lanes.map(\.constraint))
      #expect(sizing.requirements.dropLast().map(\.brokers) == formulas.lanes.map { quotients[$0.index] })
      #expect(sizing.requirements.last?.brokers == Double(formulas.minimumCount))
      #expect(sizing.requirements.allSatisfy { !$0.detail.isEmpty })
      #expect(sizing.count == deployment.requiredCount(workload, on: instance).target)
    }
    #expect(sized >= 2)
  }
}
