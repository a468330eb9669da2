import Foundation

/// What changed between two recorded runs, and why: costs per architecture and
/// category (old → new), the scenario fields that differ, and the price rows that changed.
public struct RunDiff: Hashable, Sendable {
  /// One architecture × category (or `total`); nil on the side where the architecture is absent.
  public struct CostChange: Hashable, Sendable {
    public var architecture: String
    public var category: String
    public var old: Decimal?
    public var new: Decimal?

    /// new − old, when both sides have the line.
    public var delta: Decimal? {
      guard let old, let new else { return nil }
      return new - old
    }

    /// (new − old) ÷ old, when both sides have it and old ≠ 0.
    public var relative: Decimal? {
      guard let old, let new, old != 0 else { return nil }
      return (new - old) / old
    }
  }

  /// A scenario key whose value differs; empty text where the key is absent on that side.
  public struct FieldChange: Hashable, Sendable {
    public var keyPath: String
    public var old: String
    public var new: String
  }

  public var costs: [CostChange]
  public var onlyInOld: [String]
  public var onlyInNew: [String]
  public var scenarioChanges: [FieldChange]
  public var priceChanges: PriceBookDiff

  /// Compares `old` with `new`. `oldFields`/`newFields` are each scenario flattened to key path → value.
  public init(
    old: Comparison, new: Comparison, oldFields: [String: String], newFields: [String: String],
    oldBook: PriceBook, newBook: PriceBook
  ) {
    let oldNames = old.results.map(\.name)
    let newNames = new.results.map(\.name)
    onlyInOld = oldNames.filter { !newNames.contains($0) }
    onlyInNew = newNames.filter { !oldNames.contains($0) }
    let names = oldNames + onlyInNew
    let categories = CostCategory.allCases.map(\.rawValue) + ["total"]
    func amount(_ c: Comparison, _ name: String, _ category: String) -> Decimal? {
      guard let result = c.results.first(where: { $0.name == name }) else { return nil }
      return CostCategory(rawValue: category).map(result.cost) ?? result.total
    }
    costs = names.flatMap { name in
      categories.map { CostChange(architecture: name, category: $0, old: amount(old, name, $0), new: amount(new, name, $0)) }
    }
    scenarioChanges = Set(oldFields.keys).union(newFields.keys).sorted().compactMap { key in
      let a = oldFields[key] ?? ""
      let b = newFields[key] ?? ""
      return a == b ? nil : FieldChange(keyPath: key, old: a, new: b)
    }
    priceChanges = PriceBookDiff(old: oldBook, new: newBook)
  }
}
