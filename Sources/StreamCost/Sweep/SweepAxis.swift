import Foundation

/// One varied parameter: its key path and the values it takes, in the order given.
///
/// Values are a list `a,b,c` (any words; quantities when every item is one, all of one
/// dimension), a linear range `lo..hi:step` or a geometric range `lo..hi:xF`. A range starts at
/// `lo` and steps while it stays at or below `hi` (so `hi` is included only when a step lands on
/// it). Quantities are read with ``QuantityParser``'s units.
public struct SweepAxis: Hashable, Sendable {
  public enum Scale: String, Hashable, Sendable {
    case list, linear, geometric
  }

  /// One value of the axis: how it is printed and, when it is a quantity, its amount.
  public struct Value: Hashable, Sendable {
    public var label: String
    /// What is written into the scenario.
    public var scenarioText: String
    public var quantity: SweepQuantity?

    public init(label: String, scenarioText: String, quantity: SweepQuantity?) {
      self.label = label
      self.scenarioText = scenarioText
      self.quantity = quantity
    }

    public init(_ quantity: SweepQuantity) {
      self.init(label: quantity.label, scenarioText: quantity.scenarioText, quantity: quantity)
    }
  }

  /// The key path as written, e.g. `feeds.telemetry.retention`.
  public var path: String
  public var values: [Value]
  public var scale: Scale
  /// The values' dimension; nil for words (categorical).
  public var dimension: SweepQuantity.Dimension?

  /// Most values one axis may take: a single axis may fill the whole grid (``SweepGrid/maximumCombinations``).
  public static let maximumValues = 100_000

  public init(path: String, values: [Value], scale: Scale, dimension: SweepQuantity.Dimension?) {
    self.path = path
    self.values = values
    self.scale = scale
    self.dimension = dimension
  }

  /// True when the values are numbers that can be bisected.
  public var isNumeric: Bool { dimension != nil }

  static let accepted =
    "PATH=a,b,c (a list), PATH=lo..hi:step (linear) or PATH=lo..hi:xF (geometric, F > 1), e.g. "
    + "feeds.telemetry.retention=1d,3d,7d, topology.azs=2..3:1, workload.write=50MB/s..2GB/s:x2"

  /// Reads one `--vary PATH=VALUES` option.
  public static func parse(_ option: String) throws(SweepError) -> SweepAxis {
    let name = "--vary \(option)"
    guard let equals = option.firstIndex(of: "=") else {
      throw SweepError(option: name, message: "no '=' between the key path and its values", accepted: accepted)
    }
    let path = option[..<equals].trimmingCharacters(in: .whitespaces)
    let spec = option[option.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty else { throw SweepError(option: name, message: "the key path is empty", accepted: accepted) }
    guard !spec.isEmpty else { throw SweepError(option: name, message: "no values after '='", accepted: accepted) }
    if let range = try parseRange(spec, option: name) {
      return SweepAxis(path: path, values: range.values, scale: range.scale, dimension: range.dimension)
    }
    return try parseList(spec, path: path, option: name)
  }

  static func parseList(_ spec: String, path: String, option: String) throws(SweepError) -> SweepAxis {
    let items = spec.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    if items.contains(where: \.isEmpty) {
      throw SweepError(option: option, message: "the list has an empty value", accepted: accepted)
    }
    let quantities = items.map(SweepQuantity.parse)
    var dimension: SweepQuantity.Dimension?
    if quantities.allSatisfy({ $0 != nil }) {
      let dimensions = Set(quantities.map { $0!.dimension })
      // Plain numbers mix with percentages (both fractions of one); other mixes are refused.
      if dimensions == [.number, .fraction] {
        dimension = .fraction
      } else if dimensions.count > 1 {
        throw SweepError(
          option: option, message: "mixed units: \(dimensions.map(\.rawValue).sorted().joined(separator: " and ")) in one list",
          accepted: "values of one kind (all rates, all durations, all sizes, all numbers)")
      } else {
        dimension = dimensions.first
      }
    }
    let values = zip(items, quantities).map { item, quantity in
      Value(label: item, scenarioText: quantity?.scenarioText ?? item, quantity: quantity.map { q in
        dimension == .fraction && q.dimension == .number ? SweepQuantity(.fraction, q.value) : q
      })
    }
    guard values.count <= maximumValues else {
      throw SweepError(option: option, message: "\(values.count) values; at most \(maximumValues) per parameter")
    }
    return SweepAxis(path: path, values: values, scale: .list, dimension: dimension)
  }

  /// A range when `spec` is written `lo..hi:step`; nil when it is not a range (then it is a list).
  static func parseRange(_ spec: String, option: String) throws(SweepError)
    -> (values: [Value], scale: Scale, dimension: SweepQuantity.Dimension)?
  {
    guard !spec.contains(","), let dots = spec.range(of: "..") else { return nil }
    let loText = String(spec[..<dots.lowerBound])
    let rest = spec[dots.upperBound...]
    guard let lo = SweepQuantity.parse(loText) else {
      if loText.isEmpty { throw SweepError(option: option, message: "the range has no start", accepted: accepted) }
      return nil
    }
    guard let colon = rest.lastIndex(of: ":") else {
      throw SweepError(option: option, message: "the range has no step", accepted: accepted)
    }
    let hiText = String(rest[..<colon])
    let stepText = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard let hi = SweepQuantity.parse(hiText) else {
      throw SweepError(option: option, message: "cannot read the range's end '\(hiText)' as a quantity", accepted: accepted)
    }
    guard lo.dimension == hi.dimension else {
      throw SweepError(
        option: option, message: "mixed units: the range starts with a \(lo.dimension.rawValue) and ends with a \(hi.dimension.rawValue)",
        accepted: "both ends in one kind of unit, e.g. 1d..30d:1d")
    }
    guard lo.value <= hi.value else {
      throw SweepError(
        option: option, message: "empty range: \(lo.label) is above \(hi.label)", accepted: "lo..hi with lo at or below hi")
    }
    var values: [Value] = []
    let scale: Scale
    if stepText.lowercased().hasPrefix("x") {
      scale = .geometric
      guard let factor = Double(stepText.dropFirst()), factor.isFinite else {
        throw SweepError(option: option, message: "cannot read the factor '\(stepText)'", accepted: "x followed by a number above 1, e.g. x2")
      }
      guard factor > 1 else {
        throw SweepError(option: option, message: "a geometric factor of \(stepText) never grows", accepted: "a factor above 1, e.g. x2 or x1.5")
      }
      guard lo.value > 0 else {
        throw SweepError(option: option, message: "a geometric range must start above 0", accepted: "e.g. 50MB/s..2GB/s:x2")
      }
      var k = 0.0
      while true {
        let v = lo.value * pow(factor, k)
        guard v <= hi.value * (1 + 1e-9) else { break }
        values.append(Value(lo.with(value: v)))
        k += 1
        if values.count > maximumValues { break }
      }
    } else {
      scale = .linear
      guard var step = SweepQuantity.parse(stepText) else {
        throw SweepError(option: option, message: "cannot read the step '\(stepText)'", accepted: "a step in the range's unit, e.g. 1d, or xF")
      }
      if step.dimension == .number && lo.dimension == .fraction { step = SweepQuantity(.fraction, step.value) }
      guard step.dimension == lo.dimension else {
        throw SweepError(
          option: option, message: "mixed units: the range is a \(lo.dimension.rawValue) but the step '\(stepText)' is a \(step.dimension.rawValue)",
          accepted: "a step in the range's unit, e.g. 1d..30d:1d")
      }
      guard step.value > 0 else {
        throw SweepError(
          option: option, message: "a step of \(stepText) never reaches the end", accepted: "a step above 0, e.g. 1d..30d:1d")
      }
      var k = 0.0
      while true {
        let v = lo.value + k * step.value
        guard v <= hi.value + step.value * 1e-9 else { break }
        values.append(Value(lo.with(value: v)))
        k += 1
        if values.count > maximumValues { break }
      }
    }
    guard values.count <= maximumValues else {
      throw SweepError(option: option, message: "more than \(maximumValues) values; use a larger step", accepted: accepted)
    }
    return (values, scale, lo.dimension)
  }
}
