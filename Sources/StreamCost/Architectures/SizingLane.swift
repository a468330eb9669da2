/// One sizing constraint of a design as its step formulas state it: which lane of
/// ``StepFormulas/demands(_:)`` and ``StepFormulas/capacities(on:)`` it is, the constraint it
/// names, and how its formula reads with the lane's own figures.
///
/// A design's `sizing.csv` requirements are derived from its lanes (``Deployment/laneSizing(_:on:)``):
/// each is the lane's demand ÷ capacity, so the figures the words show are those the simulator
/// sizes with at every step.
struct SizingLane: Sendable {
  /// The lane's index in the formulas' `SIMD4` demands and capacities.
  let index: Int
  let constraint: Constraint
  /// The formula with its figures, from the lane's figures on an instance type.
  let detail: @Sendable (LaneFigures) -> String
}

/// A lane's figures on one instance type, for its formula's words.
struct LaneFigures {
  /// The demand before the design's division by a constant (``StepFormulas/rawDemands(_:)``).
  let raw: Double
  /// The demand (``StepFormulas/demands(_:)``).
  let demand: Double
  /// What one broker or agent of `instance` offers the lane.
  let capacity: Double
  let instance: InstanceType
}

/// The fewest brokers or agents a design runs, with its reason (RF, or one per AZ).
struct MinimumLane: Sendable {
  let constraint: Constraint
  let detail: String
}
