import Foundation

/// Turns per-constraint broker requirements into a broker count (docs/model.md §1):
/// the largest requirement, at least a minimum, rounded up to a multiple of Z,
/// then failure headroom: N + 1 for one broker, N·Z/(Z−1) (again a multiple of Z) for one AZ.
public enum BrokerCount {
  public static func resolve(
    _ requirements: [Requirement], minimum: Requirement, topology: Topology
  ) -> (count: Int, beforeHeadroom: Int, binding: Constraint) {
    let needed = (requirements + [minimum]).map { ($0.constraint, roundUp($0.brokers)) }
    let best = needed.max { $0.1 < $1.1 } ?? (minimum.constraint, 1)
    let count = count(needed: Double(best.1), minimum: 1, topology: topology)
    return (count.target, count.needed, best.0)
  }

  /// The rule on a single need (the largest requirement, already a maximum), without
  /// naming the binding constraint: the simulator's hot path, and what `resolve` applies.
  public static func count(needed: Double, minimum: Int, topology: Topology) -> CapacityNeed {
    count(whole: roundUp(needed), minimum: minimum, topology: topology)
  }

  /// The rule on a need already rounded up to whole brokers (``roundUp(_:)``).
  static func count(whole: Int, minimum: Int, topology: Topology) -> CapacityNeed {
    let z = max(1, topology.azs)
    let balanced = multiple(of: z, atLeast: max(1, max(whole, minimum)))
    switch topology.survive {
    case .none: return CapacityNeed(needed: balanced, target: balanced)
    case .broker: return CapacityNeed(needed: balanced, target: balanced + 1)
    case .az: return CapacityNeed(needed: balanced, target: multiple(of: z, atLeast: roundUp(Double(balanced) * Double(z) / Double(z - 1))))
    }
  }

  /// `ceil(x)`, ignoring floating-point noise just above a whole number.
  public static func roundUp(_ x: Double) -> Int {
    Int((x - ModelConstants.countTolerance).rounded(.up))
  }

  static func multiple(of z: Int, atLeast n: Int) -> Int {
    ((n + z - 1) / z) * z
  }
}
