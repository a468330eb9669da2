/// A deployment's formulas for one step, on one topology and step length, with what does not
/// change from step to step (shares of the topology, the configuration's constants, the
/// documented defaults) worked out once.
///
/// They read the cluster's sums (``StepSums``), never a feed, so the simulator evaluates them at
/// every step without building a workload; each model's `requiredCount` and `meter` are the
/// same formulas evaluated once on a steady workload's sums, so both paths share one source.
protocol StepFormulas: Sendable {
  /// Brokers or agents needed on `instance` for the step's load, before and with headroom.
  func need(_ load: StepSums, on instance: InstanceType) -> CapacityNeed
  /// Each meter line's amount over the step, in base units, in line order (the rebalance lines
  /// excepted); grows `state.volumeBytes` to what the load needs.
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts)
  /// Bytes on broker disks, all replicas (none for stateless designs).
  func localBytes(_ load: StepSums) -> Double
}

extension StepFormulas {
  func localBytes(_ load: StepSums) -> Double { 0 }
}
