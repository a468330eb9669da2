/// A deployment whose steady-state count and meters are its step formulas evaluated on a steady
/// workload's sums: `requiredCount(w, on: t)` is `formulas(…).need(steadySums(w), on: t)` and
/// `meter(w, …)` is `formulas(…).meter(steadySums(w), …)`. All four models are; a ranking of
/// candidate types then works the sums and the formulas out once, not once per type.
protocol FormulaBacked: Deployment {
  associatedtype Formulas: StepFormulas
  /// The formulas for steps of `hours` on `topology`; `hours` changes the meters, never the need.
  func formulas(_ topology: Topology, hours: Double) -> Formulas
  /// The sums the formulas read in steady state.
  func steadySums(_ workload: Workload) -> StepSums
}

extension FormulaBacked {
  /// Each candidate type at the count `workload` requires on it, metered over `hours`: candidate
  /// `c` (of `instances[candidates[c]]`) writes its `lines` amounts to `amounts[c × lines …]`.
  /// The same amounts as ``Deployment/requiredCount(_:on:)`` then ``Deployment/meter(_:state:hours:into:)``.
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

extension BrokerLocalKafka: FormulaBacked {
  func steadySums(_ workload: Workload) -> StepSums { sums(workload) }
}

extension TieredKafka: FormulaBacked {
  func steadySums(_ workload: Workload) -> StepSums { local.sums(workload) }
}

extension SharedStorageKafka: FormulaBacked {
  func steadySums(_ workload: Workload) -> StepSums { workload.sums }
}

extension DisklessAgents: FormulaBacked {
  func steadySums(_ workload: Workload) -> StepSums { workload.sums }
}
