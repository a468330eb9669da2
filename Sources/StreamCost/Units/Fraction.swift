/// A dimensionless share such as a target utilisation (0.8 = 80 %).
public struct Fraction: Hashable, Comparable, Sendable, Codable {
  public var value: Double

  public init(_ value: Double) { self.value = value }

  public static func percent(_ p: Double) -> Fraction { Fraction(p / 100) }
  public var percent: Double { value * 100 }

  public static func < (a: Fraction, b: Fraction) -> Bool { a.value < b.value }
}
