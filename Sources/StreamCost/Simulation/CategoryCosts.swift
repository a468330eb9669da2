/// One step's cost per ``CostCategory`` (indexed by its `rank`), at each rate's first-tier price.
///
/// A fixed-size value rather than an array, so a step's record carries its costs without a
/// heap allocation: a year at one-minute steps makes two million of them.
public struct CategoryCosts: RandomAccessCollection, MutableCollection, Hashable, Sendable {
  /// One slot per cost category.
  public static let count = 8
  private var values: InlineArray<8, Double>

  /// Every category at zero.
  public init() { values = InlineArray(repeating: 0) }

  /// Costs in category-rank order; missing trailing categories are zero.
  public init(_ costs: [Double]) {
    self.init()
    for (i, cost) in costs.prefix(Self.count).enumerated() { values[i] = cost }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { Self.count }

  public subscript(index: Int) -> Double {
    get { values[index] }
    set { values[index] = newValue }
  }

  public static func == (a: CategoryCosts, b: CategoryCosts) -> Bool {
    a.indices.allSatisfy { a[$0] == b[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    for i in indices { hasher.combine(values[i]) }
  }
}
