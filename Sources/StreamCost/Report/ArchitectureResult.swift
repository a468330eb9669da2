import Foundation

/// One architecture's priced month: what it runs and every cost line.
public struct ArchitectureResult: Hashable, Sendable, Codable {
  public var name: String
  public var kind: ArchitectureKind
  public var sizing: Sizing
  public var lines: [CostLine]
  /// Parameters this architecture used, with their origin and source.
  public var assumptions: [Assumption]

  public init(name: String, kind: ArchitectureKind, sizing: Sizing, lines: [CostLine], assumptions: [Assumption]) {
    self.name = name
    self.kind = kind
    self.sizing = sizing
    self.lines = lines
    self.assumptions = assumptions
  }

  /// Monthly total, exact.
  public var total: Decimal { lines.reduce(0) { $0 + $1.cost } }

  /// Monthly cost in one category, exact (zero when the architecture has none).
  public func cost(_ category: CostCategory) -> Decimal {
    lines.filter { $0.category == category }.reduce(0) { $0 + $1.cost }
  }
}
