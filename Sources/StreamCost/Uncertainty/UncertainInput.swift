/// One input a Monte Carlo run draws: what it sets, how it is spread and where the spread comes from.
public struct UncertainInput: Hashable, Sendable {
  public enum Target: Hashable, Sendable {
    /// A key of one feed (`write`, `fan_out`, `retention`), by the feed's index.
    case feedKey(feed: Int, key: String)
    /// A documented model parameter, set on every architecture of these kinds.
    case architectureKey(String, kinds: [ArchitectureKind])
    /// Every price of a group, multiplied by the value.
    case price(PriceGroup)
    /// The `growth` rate (a fraction per month) of a load profile: the cluster's (`feed` nil) or a
    /// feed's, `component` its index in the profile list.
    case growth(feed: Int?, component: Int)
  }

  /// Named in samples.csv and in `correlate:`: `feeds.<feed>.<key>`, a model parameter's key, or `price.<group>`.
  public var name: String
  public var target: Target
  public var distribution: UncertainDistribution
  /// The unit values are written in (its value is not used); whole-number keys are rounded.
  public var like: SweepQuantity
  public var wholeNumber: Bool
  /// Draws below this are raised to it (a growth rate must stay above −100 %/month); nil for none.
  public var lowest: Double?
  public var source: String

  public init(
    name: String, target: Target, distribution: UncertainDistribution, like: SweepQuantity, wholeNumber: Bool = false,
    lowest: Double? = nil, source: String
  ) {
    self.lowest = lowest
    self.name = name
    self.target = target
    self.distribution = distribution
    self.like = like
    self.wholeNumber = wholeNumber
    self.source = source
  }

  /// The value drawn at probability `u`, rounded to a whole number of at least 1 for whole-number
  /// keys, and at least ``lowest``.
  public func value(at u: Double) -> Double {
    let raw = max(distribution.quantile(u), lowest ?? -.infinity)
    return wholeNumber ? max(1, raw.rounded()) : raw
  }

  /// Every documented model parameter that applies to `kinds`, triangular over its documented range
  /// with the default as mode (the same catalogue `sensitivity` varies).
  public static func modelParameters(for kinds: Set<ArchitectureKind>) -> [UncertainInput] {
    SensitivityParameter.catalog.compactMap { parameter -> UncertainInput? in
      guard case .architectureKey(let key, let applies) = parameter.target, !kinds.isDisjoint(with: applies) else { return nil }
      return UncertainInput(
        name: parameter.name, target: .architectureKey(key, kinds: applies),
        distribution: .triangular(low: parameter.low.value, mode: parameter.base.value, high: parameter.high.value),
        like: parameter.base, wholeNumber: key == "compaction_levels", source: "triangular over \(parameter.source)")
    }
  }
}
