/// How many brokers (or agents) an architecture runs, of which type, and why.
public struct Sizing: Hashable, Sendable, Codable {
  /// "brokers" or "agents".
  public var role: String
  public var instance: InstanceType
  /// N after rounding to a multiple of Z and adding failure headroom.
  public var count: Int
  /// N before failure headroom.
  public var countBeforeHeadroom: Int
  /// The constraint that set N before headroom.
  public var binding: Constraint
  /// Every constraint considered, with the (unrounded) count it asks for.
  public var requirements: [Requirement]
  /// Figures behind the bill: disk per broker, bytes crossing AZs, requests per second…
  public var figures: [Figure]

  public init(
    role: String, instance: InstanceType, count: Int, countBeforeHeadroom: Int, binding: Constraint,
    requirements: [Requirement], figures: [Figure] = []
  ) {
    self.role = role
    self.instance = instance
    self.count = count
    self.countBeforeHeadroom = countBeforeHeadroom
    self.binding = binding
    self.requirements = requirements
    self.figures = figures
  }
}

extension Sizing {
  /// Why the design runs its count: the binding constraint and the count before headroom.
  public func note(survive: FailureTolerance) -> String {
    "sized for \(count): bound by \(binding.rawValue), \(countBeforeHeadroom) before \(survive.headroomRule)"
  }
}

/// A limit that forces a number of brokers.
public enum Constraint: String, Hashable, Sendable, Codable, CaseIterable {
  case networkOut = "network out"
  case networkIn = "network in"
  case diskThroughput = "disk throughput"
  case diskCapacity = "disk capacity"
  case cpu = "cpu"
  case replicationFactor = "replication factor"
  case zoneSpread = "one per AZ"
}

/// The broker count one constraint asks for: `demand ÷ capacity per broker`.
public struct Requirement: Hashable, Sendable, Codable {
  public var constraint: Constraint
  /// Brokers needed, before rounding up.
  public var brokers: Double
  /// The arithmetic, e.g. "(RF−1+F)·W + Rc = 400 MB/s ÷ (0.8 × 195.3 MB/s)".
  public var detail: String

  public init(_ constraint: Constraint, brokers: Double, detail: String) {
    self.constraint = constraint
    self.brokers = brokers
    self.detail = detail
  }

  /// A requirement whose arithmetic is written out only when `explained` (``Workload/explains``);
  /// otherwise its detail is empty.
  public init(_ constraint: Constraint, brokers: Double, explained: Bool, detail: @autoclosure () -> String) {
    self.init(constraint, brokers: brokers, detail: explained ? detail() : "")
  }
}

/// A named figure behind the bill, for sizing.csv and the terminal.
public struct Figure: Hashable, Sendable, Codable {
  public var name: String
  public var value: Double
  public var unit: String
  public var note: String

  public init(_ name: String, _ value: Double, _ unit: String, note: String = "") {
    self.name = name
    self.value = value
    self.unit = unit
    self.note = note
  }
}
