/// What a Monte Carlo run draws: its inputs and the rank correlations stated between them.
///
/// Samples are drawn in batches, each its own Latin hypercube (so a run stopped after any batch
/// is a union of complete hypercubes), with the correlated inputs re-paired by ``ImanConover``.
/// Drawing happens in one place, in order, from one ``SplitMix64`` stream, so the samples depend
/// on the seed alone, not on how many simulations run at once.
public struct UncertaintyPlan: Hashable, Sendable {
  public struct Correlation: Hashable, Sendable {
    public var first: Int
    public var second: Int
    /// Spearman's rank correlation, in [−1, 1].
    public var value: Double

    public init(first: Int, second: Int, value: Double) {
      self.first = first
      self.second = second
      self.value = value
    }
  }

  public let inputs: [UncertainInput]
  public let correlations: [Correlation]
  /// Indices of the inputs that take part in a correlation, in input order.
  public let correlated: [Int]
  /// The target rank correlation of the ``correlated`` inputs.
  public let target: [[Double]]

  /// Checks the correlations: two different inputs each, in [−1, 1], each pair once, and the
  /// whole matrix positive definite (and still so for the normal scores that carry it).
  public init(inputs: [UncertainInput], correlations: [Correlation]) throws(UncertaintyError) {
    guard !inputs.isEmpty else { throw .nothingUncertain }
    var pairs: Set<[Int]> = []
    for c in correlations {
      let names = (inputs[c.first].name, inputs[c.second].name)
      guard c.first != c.second else { throw .correlation(names.0, names.1, "an input is not correlated with itself") }
      guard (-1...1).contains(c.value) else {
        throw .correlation(names.0, names.1, "\(c.value) is outside [−1, 1]")
      }
      guard pairs.insert([min(c.first, c.second), max(c.first, c.second)]).inserted else {
        throw .correlation(names.0, names.1, "the pair is correlated twice")
      }
    }
    let correlated = Set(correlations.flatMap { [$0.first, $0.second] }).sorted()
    var target = correlated.map { a in correlated.map { b in a == b ? 1.0 : 0.0 } }
    for c in correlations {
      let a = correlated.firstIndex(of: c.first)!
      let b = correlated.firstIndex(of: c.second)!
      target[a][b] = c.value
      target[b][a] = c.value
    }
    guard Cholesky(target) != nil, Cholesky(target.map { $0.map(ImanConover.scoreCorrelation) }) != nil else {
      throw .notPositiveDefinite(correlated.map { inputs[$0].name })
    }
    self.inputs = inputs
    self.correlations = correlations
    self.correlated = correlated
    self.target = target
  }

  /// The smallest batch that can carry the correlations: Iman–Conover needs more samples than inputs.
  public var minimumBatch: Int { correlated.isEmpty ? 1 : correlated.count + 1 }

  /// `count` samples, each one value per input (in the inputs' base units).
  public func draw(count: Int, rng: inout SplitMix64) throws(UncertaintyError) -> [[Double]] {
    var unit = LatinHypercube.unitSample(count: count, dimensions: inputs.count, rng: &rng)
    if !correlated.isEmpty {
      let columns = correlated.map { j in unit.map { $0[j] } }
      guard let reordered = ImanConover.correlated(columns, target: target, rng: &rng) else {
        throw .batchTooSmall(count, minimumBatch)
      }
      for (c, j) in correlated.enumerated() {
        for i in 0..<count { unit[i][j] = reordered[c][i] }
      }
    }
    return unit.map { row in zip(inputs, row).map { $0.value(at: $1) } }
  }
}
