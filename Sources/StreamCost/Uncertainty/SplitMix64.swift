/// The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014), written from its published definition so that a seed gives
/// the same stream on every platform and with every Swift release (the standard library's
/// generator promises neither).
///
/// Each call adds the golden-ratio increment 0x9e3779b97f4a7c15 to a 64-bit state and mixes it
/// (Stafford's variant 13). Period 2⁶⁴; good enough for sampling, not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A uniform number strictly between 0 and 1: the top 53 bits, centred in their cell of width 2⁻⁵³,
  /// so that an inverse CDF is never asked for 0 or 1.
  public mutating func nextUnit() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1p-53
  }

  /// A whole number in `0..<bound`: the high word of a 64 × 64-bit product (Lemire, "Fast random
  /// integer generation in an interval", 2019, without its rejection step: the bias is below bound / 2⁶⁴).
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// `count` indices in an order drawn uniformly (Fisher–Yates shuffle, Knuth's Algorithm P).
  public mutating func permutation(_ count: Int) -> [Int] {
    var order = Array(0..<count)
    var i = count - 1
    while i > 0 {
      order.swapAt(i, nextIndex(below: i + 1))
      i -= 1
    }
    return order
  }
}
