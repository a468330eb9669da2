import Foundation

/// Turns per-constraint broker requirements into a broker count (docs/model.md §1):
/// the largest requirement, at least a minimum, rounded up to a multiple of Z,
/// then failure headroom: N + 1 for one broker, N·Z/(Z−1) (again a multiple of Z) for one AZ.
///
/// Without rounding to Z (`round_to_azs: false`, broker-local designs), N is kept as it is and
/// surviving an AZ takes the fewest brokers N' whose largest AZ, ⌈N'/Z⌉ brokers, can be lost
/// leaving N: N' − ⌈N'/Z⌉ ≥ N.
public enum BrokerCount {
  public static func resolve(
    _ requirements: [Requirement], minimum: Requirement, topology: Topology, roundToAZs: Bool = true
  ) -> (count: Int, beforeHeadroom: Int, binding: Constraint) {
    let needed = (requirements + [minimum]).map { ($0.constraint, roundUp($0.brokers)) }
    let best = needed.max { $0.1 < $1.1 } ?? (minimum.constraint, 1)
    let count = count(needed: Double(best.1), minimum: 1, topology: topology, roundToAZs: roundToAZs)
    return (count.target, count.needed, best.0)
  }

  /// The rule on a single need (the largest requirement, already a maximum), without
  /// naming the binding constraint: the simulator's hot path, and what `resolve` applies.
  public static func count(needed: Double, minimum: Int, topology: Topology, roundToAZs: Bool = true) -> CapacityNeed {
    count(whole: roundUp(needed), minimum: minimum, topology: topology, roundToAZs: roundToAZs)
  }

  /// The rule on a need already rounded up to whole brokers (``roundUp(_:)``).
  static func count(whole: Int, minimum: Int, topology: Topology, roundToAZs: Bool = true) -> CapacityNeed {
    let z = max(1, topology.azs)
    let least = max(1, max(whole, minimum))
    let balanced = roundToAZs ? multiple(of: z, atLeast: least) : least
    switch topology.survive {
    case .none: return CapacityNeed(needed: balanced, target: balanced)
    case .broker: return CapacityNeed(needed: balanced, target: balanced + 1)
    case .az:
      let spread = roundUp(Double(balanced) * Double(z) / Double(z - 1))
      return CapacityNeed(needed: balanced, target: roundToAZs ? multiple(of: z, atLeast: spread) : surviving(az: balanced, z: z, from: spread))
    }
  }

  /// The fewest brokers, from `from` (N·Z/(Z−1) rounded up, never too many), spread as evenly as
  /// Z AZs allow, that keep `needed` after losing the largest AZ (⌈N'/Z⌉ brokers).
  static func surviving(az needed: Int, z: Int, from: Int) -> Int {
    var count = from
    while count - (count + z - 1) / z < needed { count += 1 }
    return count
  }

  /// `ceil(x)`, ignoring floating-point noise just above a whole number.
  public static func roundUp(_ x: Double) -> Int {
    Int((x - ModelConstants.countTolerance).rounded(.up))
  }

  static func multiple(of z: Int, atLeast n: Int) -> Int {
    ((n + z - 1) / z) * z
  }
}
