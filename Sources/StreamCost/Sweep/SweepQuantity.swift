import Foundation

/// A swept value with a unit, held in its dimension's base unit (bytes, bytes/s, seconds, a
/// fraction or a plain number), so that ranges can step and bisect it and it can be written back
/// into a scenario.
public struct SweepQuantity: Hashable, Sendable {
  public enum Dimension: String, Hashable, Sendable {
    case number, rate, duration, size, fraction

    /// The base unit `value` is in, for CSV headers and messages.
    public var baseUnit: String {
      switch self {
      case .number: "number"
      case .rate: "bytes/s"
      case .duration: "s"
      case .size: "bytes"
      case .fraction: "fraction"
      }
    }
  }

  public var dimension: Dimension
  /// In the base unit of ``dimension``.
  public var value: Double
  /// How the value was written after its number (`"d"`, `" MB/s"`, `"%"`), and that unit's size in
  /// base units, so that stepped values print in the user's unit.
  public var unit: String
  public var unitSize: Double

  public init(_ dimension: Dimension, _ value: Double, unit: String = "", unitSize: Double = 1) {
    self.dimension = dimension
    self.value = value
    self.unit = unit
    self.unitSize = unitSize
  }

  /// Reads `text` as a plain number, a percentage, a data rate, a data size or a duration;
  /// nil when it is none of them (a word such as `ebs` or `r6i.large`).
  public static func parse(_ text: String) -> SweepQuantity? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let first = trimmed.first, first.isNumber || first == "." || first == "-" || first == "+" else { return nil }
    if let number = Double(trimmed), number.isFinite { return SweepQuantity(.number, number) }
    let numberEnd = trimmed.firstIndex(where: { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) ?? trimmed.endIndex
    guard let number = Double(trimmed[..<numberEnd]), number.isFinite else { return nil }
    let unit = String(trimmed[numberEnd...])
    func made(_ dimension: Dimension, _ value: Double) -> SweepQuantity {
      SweepQuantity(dimension, value, unit: unit, unitSize: number == 0 ? 1 : value / number)
    }
    if trimmed.hasSuffix("%"), let f = try? QuantityParser.fraction(trimmed) {
      return SweepQuantity(.fraction, f.value, unit: "%", unitSize: 0.01)
    }
    if unit.contains("/") {
      guard let rate = try? QuantityParser.rate(trimmed) else { return nil }
      return number == 0 ? SweepQuantity(.rate, 0, unit: unit, unitSize: unitSize(rate: unit)) : made(.rate, rate.bytesPerSecond)
    }
    if let size = try? QuantityParser.size(trimmed) {
      return number == 0 ? SweepQuantity(.size, 0, unit: unit, unitSize: (try? QuantityParser.size("1" + unit))?.bytes ?? 1)
        : made(.size, size.bytes)
    }
    if let span = try? QuantityParser.duration(trimmed) {
      return number == 0 ? SweepQuantity(.duration, 0, unit: unit, unitSize: (try? QuantityParser.duration("1" + unit))?.seconds ?? 1)
        : made(.duration, span.seconds)
    }
    return nil
  }

  static func unitSize(rate unit: String) -> Double { (try? QuantityParser.rate("1" + unit))?.bytesPerSecond ?? 1 }

  /// The same quantity at another base value, printed in this one's unit.
  public func with(value: Double) -> SweepQuantity {
    SweepQuantity(dimension, value, unit: unit, unitSize: unitSize)
  }

  /// True when the value is a whole number (within floating-point noise).
  public var isWhole: Bool { abs(value - value.rounded()) < 1e-9 }

  /// Text the scenario reader accepts for this value, in base units so nothing is lost
  /// (`"604800s"`, `"50000000 B/s"`); whole plain numbers print without a decimal point.
  public var scenarioText: String {
    switch dimension {
    case .number: isWhole && abs(value) < 1e15 ? String(Int64(value.rounded())) : Format.number(value, places: 9)
    case .fraction: Format.number(value, places: 12)
    case .rate: "\(Format.number(value, places: 6)) B/s"
    case .size: "\(Format.number(value, places: 6)) B"
    case .duration: "\(Format.number(value, places: 6))s"
    }
  }

  /// The value in the unit it was written in, e.g. `3d`, `100MB/s`, `25%`.
  public var label: String {
    Format.number(value / unitSize, places: 4) + unit
  }
}
