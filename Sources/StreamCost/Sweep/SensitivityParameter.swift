/// One assumption sensitivity varies, one at a time, from its low to its high value.
///
/// The uncertain model defaults (``ModelDefaults``, marked uncertain in docs/model.md §7) are set on every
/// architecture of the scenario whose type has the key; the price groups scale their price-book
/// rows by a factor. Low and high are absolute values (the scenario's own value is the base).
public struct SensitivityParameter: Hashable, Sendable {
  public enum Target: Hashable, Sendable {
    /// A key of the architectures entries of these kinds, e.g. `compaction_read` on shared-storage.
    case architectureKey(String, kinds: [ArchitectureKind])
    /// Every price of a group, multiplied by the value.
    case price(PriceGroup)
  }

  /// Name used in tables, CSV and `--range`: the scenario key, or `price.<group>`.
  public var name: String
  public var target: Target
  /// The documented default (the factor 1 for prices).
  public var base: SweepQuantity
  public var low: SweepQuantity
  public var high: SweepQuantity
  public var source: String

  public init(name: String, target: Target, base: SweepQuantity, low: SweepQuantity, high: SweepQuantity, source: String) {
    self.name = name
    self.target = target
    self.base = base
    self.low = low
    self.high = high
    self.source = source
  }

  /// Every uncertain default with its documented range, then every price group.
  public static var catalog: [SensitivityParameter] {
    let stateless: [ArchitectureKind] = [.sharedStorage, .diskless]
    let mibps = SweepQuantity(.rate, 0, unit: " MiB/s", unitSize: 1_048_576)
    let minutes = SweepQuantity(.duration, 0, unit: "min", unitSize: 60)
    let number = SweepQuantity(.number, 0)
    func entry<V>(_ name: String, _ kinds: [ArchitectureKind], _ d: Documented<V>, _ like: SweepQuantity, _ base: (V) -> Double)
      -> SensitivityParameter
    {
      let range = d.range!
      return SensitivityParameter(
        name: name, target: .architectureKey(name, kinds: kinds), base: like.with(value: base(d.value)),
        low: like.with(value: base(range.low)), high: like.with(value: base(range.high)), source: range.source)
    }
    var all = [
      entry("compaction_read", [.sharedStorage], ModelDefaults.compactionRead, number) { $0 },
      entry("put_per_mbps", [.sharedStorage], ModelDefaults.sharedPutPerMBps, number) { $0 },
      entry("get_per_mbps", [.sharedStorage], ModelDefaults.sharedGetPerMBps, number) { $0 },
      entry("request_floor", [.sharedStorage], ModelDefaults.sharedRequestFloor, number) { $0 },
      entry("instance_start", stateless, ModelDefaults.instanceStart, minutes) { $0.seconds },
      entry("throughput_per_vcpu", [.diskless], ModelDefaults.throughputPerVCPU, mibps) { $0.bytesPerSecond },
      entry("compaction_levels", [.diskless], ModelDefaults.compactionLevels, number) { Double($0) },
    ]
    let factor = SweepQuantity(.number, 1, unit: "×")
    for group in PriceGroup.allCases {
      all.append(
        SensitivityParameter(
          name: "price.\(group.rawValue)", target: .price(group), base: factor,
          low: factor.with(value: PriceGroup.defaultRange.low), high: factor.with(value: PriceGroup.defaultRange.high),
          source: PriceGroup.rangeSource))
    }
    return all
  }

  static let rangeAccepted = "NAME=low..high, e.g. compaction_read=0.3..0.8, instance_start=1m..5m or price.compute=0.6..1.2"

  /// `parameters` with one `--range NAME=low..high` option applied.
  public static func applying(_ option: String, to parameters: [SensitivityParameter]) throws(SweepError) -> [SensitivityParameter] {
    let name = "--range \(option)"
    let names = parameters.map(\.name).joined(separator: ", ")
    guard let equals = option.firstIndex(of: "="), let dots = option.range(of: "..") else {
      throw SweepError(option: name, message: "expected NAME=low..high", accepted: rangeAccepted)
    }
    let key = option[..<equals].trimmingCharacters(in: .whitespaces)
    guard let at = parameters.firstIndex(where: { $0.name == key }) else {
      throw SweepError(option: name, message: "'\(key)' is not an assumption sensitivity varies", accepted: names)
    }
    let lowText = String(option[option.index(after: equals)..<dots.lowerBound])
    let highText = String(option[dots.upperBound...])
    var parameter = parameters[at]
    func read(_ text: String) throws(SweepError) -> SweepQuantity {
      guard var q = SweepQuantity.parse(text) else {
        throw SweepError(option: name, message: "cannot read '\(text)' as a quantity", accepted: "a \(parameter.base.dimension.rawValue)")
      }
      if parameter.base.dimension == .number && q.dimension == .fraction && parameter.name.hasPrefix("price.") {
        q = SweepQuantity(.number, q.value)
      }
      guard q.dimension == parameter.base.dimension else {
        throw SweepError(
          option: name, message: "'\(text)' is a \(q.dimension.rawValue) but \(key) is a \(parameter.base.dimension.rawValue)",
          accepted: "a \(parameter.base.dimension.rawValue) such as \(parameter.base.label)")
      }
      return parameter.base.with(value: q.value)
    }
    let low = try read(lowText)
    let high = try read(highText)
    guard low.value <= high.value else {
      throw SweepError(option: name, message: "empty range: \(low.label) is above \(high.label)", accepted: "low..high with low at or below high")
    }
    if case .price = parameter.target, low.value <= 0 {
      throw SweepError(option: name, message: "a price factor must be above 0", accepted: "e.g. 0.5..2")
    }
    parameter.low = low
    parameter.high = high
    parameter.source = "override: --range \(option)"
    var result = parameters
    result[at] = parameter
    return result
  }
}
