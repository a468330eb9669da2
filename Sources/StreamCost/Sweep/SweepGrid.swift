/// Every combination of the varied parameters' values, in a fixed order: the first parameter
/// changes slowest, the last fastest (like nested loops in the order of the `--vary` options).
public struct SweepGrid: Hashable, Sendable {
  public var axes: [SweepAxis]

  /// Most combinations one sweep may run (each is a full simulation of every architecture): a guard
  /// against a mistyped range, about 13 minutes on 2 cores at the measured 128 combinations/s (assumption).
  public static let maximumCombinations = 100_000

  public init(axes: [SweepAxis]) throws(SweepError) {
    guard !axes.isEmpty else {
      throw SweepError(option: "--vary", message: "nothing to vary", accepted: SweepAxis.accepted)
    }
    var seen: Set<String> = []
    for axis in axes where !seen.insert(axis.path).inserted {
      throw SweepError(option: "--vary \(axis.path)", message: "the key path is varied twice", accepted: "each key path once")
    }
    var count = 1
    for axis in axes {
      count *= axis.values.count
      guard count <= Self.maximumCombinations else {
        throw SweepError(
          option: "--vary", message: "too many combinations (over \(Self.maximumCombinations))",
          accepted: "at most \(Self.maximumCombinations) combinations; use fewer values or larger steps")
      }
    }
    self.axes = axes
  }

  public var count: Int { axes.reduce(1) { $0 * $1.values.count } }

  /// The value index of each axis for combination `index`.
  public func indices(of index: Int) -> [Int] {
    var rest = index
    var result = [Int](repeating: 0, count: axes.count)
    for a in axes.indices.reversed() {
      result[a] = rest % axes[a].values.count
      rest /= axes[a].values.count
    }
    return result
  }

  /// The combination with these value indices.
  public func index(of indices: [Int]) -> Int {
    var index = 0
    for a in axes.indices { index = index * axes[a].values.count + indices[a] }
    return index
  }

  /// The values of combination `index`.
  public func values(of index: Int) -> [SweepAxis.Value] {
    zip(axes, indices(of: index)).map { $0.values[$1] }
  }
}
