import Foundation

extension CostEngine {
  /// The instance types `deployment` accepts, cheapest month first (by name among equals), for
  /// the `cheapest` choice.
  ///
  /// Each month is priced from the meters alone, line by line and tier by tier as the priced
  /// lines would bill it, but without sizing text or lines for the types not chosen. Totals are
  /// summed in binary floating point, which is within about 1e-12 of the exact sum; wherever
  /// neighbouring totals lie closer than ``exactBand`` the exact `Decimal` totals decide, so the
  /// order is the exact one.
  func ranked(
    _ deployment: any Deployment, workload: Workload, pricer: Pricer, hours: Double, at: String
  ) throws(EngineError) -> [InstanceType] {
    var instances: [InstanceType] = []
    var meters: [(lines: [MeterLine], amounts: [Double])] = []
    var totals: [Double] = []
    var amounts: [Double] = []
    for instance in book.sortedInstances where deployment.accepts(instance) {
      var state = ClusterState(count: deployment.requiredCount(workload, on: instance).target)
      deployment.meter(workload, state: &state, hours: hours, into: &amounts)
      let lines = deployment.meterLines(on: instance)
      var total = 0.0
      for (line, amount) in zip(lines, amounts) { total += try approximateCost(line, amount, pricer, at: at) }
      instances.append(instance)
      meters.append((lines, amounts))
      totals.append(total)
    }
    let order = totals.indices.sorted { (totals[$0], $0) < (totals[$1], $1) }
    var ranked: [InstanceType] = []
    var group: [Int] = []
    for index in order {
      if let last = group.last, totals[index] - totals[last] > Self.exactBand(totals[index]) {
        ranked += try exactOrder(group, meters, pricer, at: at).map { instances[$0] }
        group = []
      }
      group.append(index)
    }
    ranked += try exactOrder(group, meters, pricer, at: at).map { instances[$0] }
    return ranked
  }

  /// Totals closer than this are compared exactly: a million times the floating-point error.
  static func exactBand(_ total: Double) -> Double { 1e-6 * max(1, abs(total)) }

  /// `group` (candidate indices) by exact total, then index; a single candidate as it is.
  func exactOrder(
    _ group: [Int], _ meters: [(lines: [MeterLine], amounts: [Double])], _ pricer: Pricer, at: String
  ) throws(EngineError) -> [Int] {
    guard group.count > 1 else { return group }
    var exact: [(index: Int, total: Decimal)] = []
    for index in group {
      var total = Decimal(0)
      for (line, amount) in zip(meters[index].lines, meters[index].amounts) { total += try cost(line, amount, pricer, at: at) }
      exact.append((index, total))
    }
    return exact.sorted { ($0.total, $0.index) < ($1.total, $1.index) }.map(\.index)
  }

  /// One meter line's cost, exactly as ``Pricer`` bills it.
  func cost(_ line: MeterLine, _ amount: Double, _ pricer: Pricer, at: String) throws(EngineError) -> Decimal {
    do { return try pricer.cost(of: Metered(line.dimension, amount), at: line.price) } catch { throw Self.engineError(error, at: at) }
  }

  /// One meter line's cost in floating point.
  func approximateCost(_ line: MeterLine, _ amount: Double, _ pricer: Pricer, at: String) throws(EngineError) -> Double {
    do {
      return try pricer.approximateCost(of: Metered(line.dimension, amount), at: line.price)
    } catch {
      throw Self.engineError(error, at: at)
    }
  }
}
