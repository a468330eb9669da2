/// What every model derives from its formulas, written once: the steady state's count and meters,
/// the simulator's stepping and the ranking's metering of candidate types.
///
/// The stepping requirements of ``Deployment`` are implemented here for every model, so the
/// compiler makes each model's witness a copy of the loop specialised for its own ``Deployment/Formulas``
/// (called directly and inlined, not dispatched at every step), and the simulator dispatches once
/// per block of steps through the protocol, without knowing the concrete models.
extension Deployment {
  /// Brokers or agents needed for `workload` on `instance`, before and with headroom: the
  /// formulas' need on the steady sums (`size` without the words).
  func requiredCount(_ workload: Workload, on instance: InstanceType) -> CapacityNeed {
    formulas(workload.topology, hours: 0).need(steadySums(workload), on: instance)
  }

  /// The amount of each meter line over `hours` at `workload` with `state` in place, in base units:
  /// the formulas' meters on the steady sums. Grows `state.volumeBytes` to what the load needs
  /// (volumes never shrink).
  func meter(_ workload: Workload, state: inout ClusterState, hours: Double, into amounts: inout MeterAmounts) {
    formulas(workload.topology, hours: hours).meter(steadySums(workload), state: &state, into: &amounts)
  }

  /// Each of the formulas' lanes (``StepFormulas/lanes``) as a requirement on `instance` for the
  /// steady `workload`: demand ÷ capacity, with the lane's formula when `workload.explains`; then
  /// the minimum count as a requirement, and the count they resolve to.
  func laneSizing(_ workload: Workload, on instance: InstanceType) -> (
    requirements: [Requirement], minimum: Requirement, count: (count: Int, beforeHeadroom: Int, binding: Constraint)
  ) {
    let formulas = formulas(workload.topology, hours: 0)
    let sums = steadySums(workload)
    let (raw, demands, capacities) = (formulas.rawDemands(sums), formulas.demands(sums), formulas.capacities(on: instance))
    let requirements = formulas.lanes.map { lane in
      let i = lane.index
      return Requirement(
        lane.constraint, brokers: demands[i] / capacities[i], explained: workload.explains,
        detail: lane.detail(LaneFigures(raw: raw[i], demand: demands[i], capacity: capacities[i], instance: instance)))
    }
    let least = formulas.minimum
    let minimum = Requirement(least.constraint, brokers: Double(formulas.minimumCount), explained: workload.explains, detail: least.detail)
    return (requirements, minimum, BrokerCount.resolve(requirements, minimum: minimum, topology: workload.topology, roundToAZs: formulas.roundsToAZs))
  }

  func start(_ track: inout ArchitectureTrack, _ inputs: RunInputs, keptLocalSteps: Int) {
    track.start(formulas(inputs.scenario.topology, hours: inputs.stepHours), inputs, keepLocal: inputs.grid.count <= keptLocalSteps)
  }

  func step(_ track: inout ArchitectureTrack, through steps: Range<Int>, _ inputs: RunInputs, records: inout [TrackStep], keep: Bool) {
    track.step(formulas(inputs.scenario.topology, hours: inputs.stepHours), through: steps, inputs, records: &records, keep: keep)
  }

  /// The same amounts as ``requiredCount(_:on:)`` then ``meter(_:state:hours:into:)`` type by type,
  /// with the sums and the formulas worked out once for all candidates.
  func meterCandidates(
    _ workload: Workload, _ instances: [InstanceType], _ candidates: [Int], hours: Double, lines: Int,
    into amounts: UnsafeMutableBufferPointer<Double>
  ) {
    let formulas = formulas(workload.topology, hours: hours)
    let sums = steadySums(workload)
    let demands = formulas.demands(sums)
    for (c, index) in candidates.enumerated() {
      let brokers = Formulas.brokers(demands, formulas.capacities(on: instances[index]))
      var state = ClusterState(count: formulas.need(brokers: brokers).target)
      var meters = MeterAmounts(UnsafeMutableBufferPointer(rebasing: amounts[(c * lines)..<((c + 1) * lines)]))
      formulas.meter(sums, state: &state, into: &meters)
      precondition(meters.count == lines, "\(kind): one amount per meter line")
    }
  }
}
