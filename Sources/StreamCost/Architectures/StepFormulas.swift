/// A deployment's formulas for one step, on one topology and step length, with what does not
/// change from step to step (shares of the topology, the configuration's constants, the
/// documented defaults) worked out once.
///
/// They read the cluster's sums (``StepSums``), never a feed, so the simulator evaluates them at
/// every step without building a workload; each model's `requiredCount` and `meter` are the
/// same formulas evaluated once on a steady workload's sums, so both paths share one source.
protocol StepFormulas: Sendable {
  /// What the step's load asks of each constraint (bytes/s, bytes or vCPUs), one lane per
  /// constraint; a lane the design does not use holds 0.
  func demands(_ load: StepSums) -> SIMD4<Double>
  /// ``demands(_:)`` before the design's divisions by a constant: `demands` is exactly
  /// `rawDemands ÷ demandScale`, lane by lane. A step's band check reads these, sparing the divisions.
  func rawDemands(_ load: StepSums) -> SIMD4<Double>
  /// What ``rawDemands(_:)`` is divided by, lane by lane (1 where nothing is); the same at every step.
  var demandScale: SIMD4<Double> { get }
  /// What one broker or agent of `instance` offers each constraint, lane for lane with
  /// ``demands(_:)`` (1 in an unused lane); the same at every step.
  func capacities(on instance: InstanceType) -> SIMD4<Double>
  /// The fewest brokers or agents the design runs (RF for broker-local designs, Z for the others).
  var minimumCount: Int { get }
  /// The sizing constraints the design checks, in the order `sizing.csv` lists them: each used
  /// lane with its constraint and formula (an unused lane has none).
  var lanes: [SizingLane] { get }
  /// Whether counts are rounded up to a multiple of the AZ count (``BrokerCount``): true but for a
  /// broker-local design with `round_to_azs: false`.
  var roundsToAZs: Bool { get }
  /// The constraint and reason of ``minimumCount``.
  var minimum: MinimumLane { get }
  var scope: StepScope { get }
  /// Each meter line's amount over the step, in base units, in line order (the rebalance lines
  /// excepted); grows `state.volumeBytes` to what the load needs.
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts)
  /// Bytes on broker disks, all replicas (none for stateless designs).
  func localBytes(_ load: StepSums) -> Double
}

extension StepFormulas {
  @inline(__always)
  func rawDemands(_ load: StepSums) -> SIMD4<Double> { demands(load) }

  var demandScale: SIMD4<Double> { SIMD4(repeating: 1) }

  var roundsToAZs: Bool { true }

  /// Brokers or agents the step's load needs on `instance`, before rounding: the largest of the
  /// per-constraint requirements, demand ÷ capacity.
  @inline(__always)
  func brokers(_ load: StepSums, on instance: InstanceType) -> Double {
    Self.brokers(demands(load), capacities(on: instance))
  }

  /// The largest demand ÷ capacity: ``brokers(_:on:)`` from the lanes. As capacities are positive
  /// and division never reverses an order, the largest over many steps is that of their lane-wise
  /// largest demands.
  @inline(__always)
  static func brokers(_ demands: SIMD4<Double>, _ capacities: SIMD4<Double>) -> Double {
    let q = demands / capacities
    return max(max(q[0], q[1]), max(q[2], q[3]))
  }

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
    BrokerCount.count(whole: whole, minimum: minimumCount, topology: scope.topology, roundToAZs: roundsToAZs)
  }

  func localBytes(_ load: StepSums) -> Double { 0 }
}
