import StreamCost

/// An uncertain value in a scenario, written `{p10: 150 MB/s, p50: 200 MB/s, p90: 320 MB/s}` where
/// a plain value is accepted (a feed's `write`, `fan_out` and `retention`, a profile's `growth`,
/// and the price factors of `uncertainty.prices`). `compare`, `sweep` and `sensitivity` use its p50; `uncertainty` samples it.
struct QuantileValue<T> {
  var p10: T
  var p50: T
  var p90: T

  static var keys: [String] { ["p10", "p50", "p90"] }
}

extension YAMLValue {
  /// True when this node is written as a `{p10, p50, p90}` mapping.
  var isQuantiles: Bool {
    if case .mapping = node { return true }
    return false
  }

  static let acceptedQuantiles = "p10, p50 and p90, each above 0, with p10 ≤ p50 ≤ p90, e.g. {p10: 150 MB/s, p50: 200 MB/s, p90: 320 MB/s}"

  /// The three quantiles, each read by `read`, checked: every one's `magnitude` above 0 and
  /// p10 ≤ p50 ≤ p90 (by magnitude). `accepted` is what a message says is accepted, `tooLow` what
  /// it says of a value whose magnitude is not above 0.
  func quantiles<T>(
    _ read: (YAMLValue) throws(InputError) -> T, magnitude: (T) -> Double, accepted: String = acceptedQuantiles,
    tooLow: String = "must be above 0"
  ) throws(InputError) -> QuantileValue<T> {
    let map = try mapping(QuantileValue<T>.keys)
    var values: [T] = []
    for key in QuantileValue<T>.keys {
      let value = try map.required(key, accepted: accepted)
      let parsed = try read(value)
      guard magnitude(parsed) > 0 else { throw value.error(tooLow, accepted: accepted) }
      values.append(parsed)
    }
    guard magnitude(values[0]) <= magnitude(values[1]), magnitude(values[1]) <= magnitude(values[2]) else {
      throw error("the quantiles are out of order", accepted: accepted)
    }
    return QuantileValue(p10: values[0], p50: values[1], p90: values[2])
  }

  /// The value as written, or the p50 of a `{p10, p50, p90}` mapping (checked as ``quantiles(_:magnitude:)`` does).
  func median<T>(
    _ read: (YAMLValue) throws(InputError) -> T, magnitude: (T) -> Double, accepted: String = acceptedQuantiles,
    tooLow: String = "must be above 0"
  ) throws(InputError) -> T {
    guard isQuantiles else { return try read(self) }
    return try quantiles(read, magnitude: magnitude, accepted: accepted, tooLow: tooLow).p50
  }
}
