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

/// The formulas of any other deployment, through its workload-based `requiredCount` and `meter`.
struct WorkloadFormulas: StepFormulas {
  let deployment: any Deployment
  let workload: Workload
  let hours: Double

  func need(_ load: StepSums, on instance: InstanceType) -> CapacityNeed {
    deployment.requiredCount(workload.at(load), on: instance)
  }

  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    deployment.meter(workload.at(load), state: &state, hours: hours, into: &amounts)
  }
}

/// What a step's formulas know besides the load: the topology and the step's length.
struct StepScope: Sendable {
  let topology: Topology
  /// The step's length in hours and in seconds.
  let hours: Double
  let seconds: Double
  /// Z as a Double, for formulas.
  let zones: Double

  init(topology: Topology, hours: Double) {
    self.topology = topology
    self.hours = hours
    seconds = hours * 3_600
    zones = Double(topology.azs)
  }
}
