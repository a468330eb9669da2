import Foundation

extension CrossoverSearch {
  /// Which architectures a crossover is between.
  public enum Mode: Hashable, Sendable {
    /// Every architecture: where the cheapest changes.
    case cheapest
    /// Two architectures, by index in scenario order: where the cheaper of the two changes.
    case pair(Int, Int)

    /// The indices of the architectures compared, of `count` in all.
    public func contenders(of count: Int) -> [Int] {
      switch self {
      case .cheapest: Array(0..<count)
      case .pair(let a, let b): [a, b]
      }
    }

    /// The mode as `crossover.csv` names it: `cheapest` or `pair`.
    public var label: String {
      switch self {
      case .cheapest: "cheapest"
      case .pair: "pair"
      }
    }
  }
}

extension CrossoverSearch.Mode {
  /// The pair named by `--pair A,B`: two different architecture names of `names` (scenario order).
  public init(pair text: String, names: [String]) throws(SweepError) {
    let option = "--pair \(text)"
    let accepted = "two different names of: \(names.joined(separator: ", "))"
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2 else { throw SweepError(option: option, message: "give two architecture names, A,B", accepted: accepted) }
    var indices: [Int] = []
    for part in parts {
      guard let index = names.firstIndex(of: part) else {
        throw SweepError(option: option, message: "'\(part)' is not an architecture of the scenario", accepted: accepted)
      }
      indices.append(index)
    }
    guard indices[0] != indices[1] else {
      throw SweepError(option: option, message: "the two architectures are the same", accepted: accepted)
    }
    self = .pair(indices[0], indices[1])
  }
}
