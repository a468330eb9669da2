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
