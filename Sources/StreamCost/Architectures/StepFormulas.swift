/// A deployment's formulas for one step, on one topology and step length, with what does not
/// change from step to step (shares of the topology, the configuration's constants, the
/// documented defaults) worked out once.
///
/// They read the cluster's sums (``StepSums``), never a feed, so the simulator evaluates them at
/// every step without building a workload; each model's `requiredCount` and `meter` are the
/// same formulas evaluated once on a steady workload's sums, so both paths share one source.
protocol StepFormulas: Sendable {
  /// Brokers or agents the step's load needs on `instance`, before rounding: the largest of the
  /// per-constraint requirements.
  func brokers(_ load: StepSums, on instance: InstanceType) -> Double
  /// The fewest brokers or agents the design runs (RF for broker-local designs, Z for the others).
  var minimumCount: Int { get }
  var scope: StepScope { get }
  /// Each meter line's amount over the step, in base units, in line order (the rebalance lines
  /// excepted); grows `state.volumeBytes` to what the load needs.
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts)
  /// Bytes on broker disks, all replicas (none for stateless designs).
  func localBytes(_ load: StepSums) -> Double
}

extension StepFormulas {
  /// Brokers or agents needed on `instance` for the step's load, before and with headroom
  /// (``BrokerCount/count(needed:minimum:topology:)``, which only grows with `brokers`: the
  /// largest need of a run is the need of its largest `brokers`).
  @inline(__always)
  func need(_ load: StepSums, on instance: InstanceType) -> CapacityNeed {
    need(brokers: brokers(load, on: instance))
  }

  /// The need for `brokers` before rounding.
  @inline(__always)
  func need(brokers: Double) -> CapacityNeed { need(whole: BrokerCount.roundUp(brokers)) }

  /// The need for `whole` brokers, already rounded up.
  func need(whole: Int) -> CapacityNeed {
    BrokerCount.count(whole: whole, minimum: minimumCount, topology: scope.topology)
  }

  func localBytes(_ load: StepSums) -> Double { 0 }
}
