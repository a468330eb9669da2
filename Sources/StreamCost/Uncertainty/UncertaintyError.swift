/// A Monte Carlo run that cannot be drawn as asked. Scenario problems (a bad p10/p50/p90, an unknown
/// input in `correlate:`) are reported by the reader with the file and line; these are the rest.
public enum UncertaintyError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No input is uncertain: nothing to sample.
  case nothingUncertain
  /// A stated correlation between two inputs is refused.
  case correlation(String, String, String)
  /// The stated correlations cannot all hold at once.
  case notPositiveDefinite([String])
  /// A batch has too few samples for its correlations.
  case batchTooSmall(Int, Int)

  public var description: String {
    switch self {
    case .nothingUncertain:
      "nothing is uncertain (accepted: p10/p50/p90 on a feed's write, fan_out or retention, uncertainty.prices, or uncertainty.parameters: documented with an architecture that has a documented uncertain parameter)"
    case .correlation(let a, let b, let why):
      "correlate [\(a), \(b)]: \(why) (accepted: two different inputs and a rank correlation from -1 to 1)"
    case .notPositiveDefinite(let names):
      "the correlations between \(names.joined(separator: ", ")) contradict each other (the matrix is not positive definite; accepted: correlations that can hold together, e.g. weaken the largest)"
    case .batchTooSmall(let count, let minimum):
      "a batch of \(count) samples is too small for the correlated inputs (accepted: at least \(minimum) samples)"
    }
  }
}
