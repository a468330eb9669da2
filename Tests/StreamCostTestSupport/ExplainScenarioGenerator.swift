import StreamCost

/// Seeded scenarios for the property tests of issue 15 B's *one peak* and *every line explains
/// itself*: plain figures (rates, retentions, steps, a profile, an architecture and its options)
/// that a test turns into a `Scenario`.
///
/// The same seed always gives the same case (SplitMix64, Steele, Lea & Flood 2014), so a failing
/// case is reproduced from the seed its test prints.
public struct ExplainScenarioGenerator {
  /// The architecture kinds, in `ArchitectureSpec.defaults` order.
  public static let architectures = ["kafka", "kafka-tiered", "shared-storage", "diskless"]

  /// A cluster-wide load shape.
  public enum Profile: Hashable, Sendable {
    case flat
    /// A daily wave peaking at `hour` (UTC) with peak ÷ average `multiplier`.
    case diurnal(hour: Double, multiplier: Double)
    /// Day-of-week factors, Monday first.
    case weekly([Double])
    /// One spike from `startHours` for `hours` at `multiplier`.
    case spike(startHours: Double, hours: Double, multiplier: Double)
  }

  /// One generated scenario.
  public struct Case: Hashable, Sendable, CustomStringConvertible {
    public var seed: UInt64
    /// Index into ``ExplainScenarioGenerator/architectures``.
    public var architecture: Int
    public var writeMBps: Double
    public var fanOut: Int
    public var retentionHours: Double
    public var partitions: Int
    /// Catch-up readers as a share of W (0: none) and their lag, hours.
    public var catchUpShare: Double
    public var catchUpLagHours: Double
    public var stepMinutes: Double
    public var horizonHours: Double
    public var profile: Profile
    /// Options of the architecture: gp3 or local NVMe for Kafka; an object-storage WAL and the
    /// zone router for shared storage; zone-aware clients for diskless.
    public var optionA: Bool
    public var optionB: Bool
    public var fetchFromFollower: Bool
    /// Survive nothing (0), a broker (1) or an AZ (2).
    public var survive: Int

    public var description: String {
      "seed \(seed): \(ExplainScenarioGenerator.architectures[architecture]) W \(writeMBps) MB/s F \(fanOut) T \(retentionHours) h "
        + "P \(partitions) catch-up \(catchUpShare)×W lag \(catchUpLagHours) h step \(stepMinutes) m horizon \(horizonHours) h "
        + "\(profile) options \(optionA)/\(optionB) FfF \(fetchFromFollower) survive \(survive)"
    }
  }

  private var random: SplitMix64

  public init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// The next 64 random bits (the core's ``SplitMix64``).
  public mutating func next() -> UInt64 { random.next() }

  /// A uniform integer in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// One of `values`.
  public mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

  /// A case whose load may vary, over a short horizon (a day to a week) at 5-minute to 1-hour
  /// steps: for properties of the simulation's peak.
  public mutating func varying(seed: UInt64) -> Case {
    let step = pick([5.0, 15, 30, 60])
    var c = common(seed: seed, step: step, horizon: pick([24.0, 48, 96, 168]))
    c.profile = pick([
      .flat, .diurnal(hour: Double(int(0...23)), multiplier: pick([1.5, 2.5, 3])),
      .weekly([1, 1.2, 1.1, 1, 0.9, 0.5, 0.3]),
      .spike(startHours: Double(int(1...12)), hours: Double(int(1...6)), multiplier: pick([2.0, 4])),
    ])
    return c
  }

  /// A flat case over one 730-hour month, with a retention and lag that are whole steps: for
  /// properties that compare a simulated month with the steady month.
  public mutating func flatMonth(seed: UInt64) -> Case {
    common(seed: seed, step: pick([15.0, 30, 60]), horizon: 730)
  }

  private mutating func common(seed: UInt64, step: Double, horizon: Double) -> Case {
    let catchUp = int(0...2) == 0
    return Case(
      seed: seed, architecture: int(0...3), writeMBps: Double(int(1...60)) * 5, fanOut: int(1...4),
      retentionHours: pick([1.0, 6, 24, 72, 168]), partitions: pick([24, 48, 96, 192]),
      catchUpShare: catchUp ? pick([0.25, 0.5, 1]) : 0, catchUpLagHours: pick([1.0, 12, 48]),
      stepMinutes: step, horizonHours: horizon, profile: .flat, optionA: int(0...1) == 0, optionB: int(0...1) == 0,
      fetchFromFollower: int(0...1) == 0, survive: int(0...2))
  }

  /// `count` cases from seeds `first`, `first + 1`, …, each made by `make`.
  public static func cases(_ count: Int, from first: UInt64 = 1, _ make: (inout ExplainScenarioGenerator, UInt64) -> Case) -> [Case] {
    (0..<UInt64(count)).map { i in
      var generator = ExplainScenarioGenerator(seed: first + i)
      return make(&generator, first + i)
    }
  }
}
