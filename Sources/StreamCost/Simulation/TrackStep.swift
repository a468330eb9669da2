/// What one architecture did at one step, kept while a block of steps waits for the sink:
/// the parts of a ``StepRecord`` that differ between architectures. The rest (the step, its
/// time, the cluster's load and bytes retained) is the same for all and added as the records go out.
struct TrackStep: Sendable {
  let needed: Int
  let target: Int
  /// At the step's end, and the fewest serving during it (``StepRecord``).
  let running: Int
  let serving: Int
  /// Bytes on broker disks, all replicas, end of step.
  let localBytes: Double
  /// First-tier cost of the step by category.
  let cost: CategoryCosts
}
