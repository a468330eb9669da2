/// A validated workload scenario: what runs, where, and which architectures to compare.
///
/// Built by the edge library from a YAML file; nothing here knows about YAML.
/// Call ``validate()`` before use: the engine assumes its invariants hold.
public struct Scenario: Hashable, Sendable, Codable {
  public var name: String
  public var description: String
  /// The price book the scenario names; nil when it names none and the book is given to the
  /// command (`--pricing DIR`).
  public var pricing: PricingReference?
  public var month: MonthConvention
  public var feeds: [Feed]
  public var topology: Topology
  public var architectures: [ArchitectureSpec]
  /// Start, horizon and step of the time simulation.
  public var time: TimeSettings
  /// Cluster-wide load profile; multiplies every feed's own profile.
  public var profile: LoadProfile
  /// Failures injected during the simulation.
  public var events: [FailureEvent]
  /// Key paths (`topology.azs`, `feeds[0].fan_out`) the scenario set explicitly;
  /// every other parameter took its documented default.
  public var explicitKeys: Set<String>

  public init(
    name: String, description: String = "", pricing: PricingReference?,
    month: MonthConvention = .average730, feeds: [Feed], topology: Topology = Topology(),
    architectures: [ArchitectureSpec] = ArchitectureSpec.defaults, time: TimeSettings? = nil,
    profile: LoadProfile = .flat, events: [FailureEvent] = [], explicitKeys: Set<String> = []
  ) {
    self.name = name
    self.description = description
    self.pricing = pricing
    self.month = month
    self.feeds = feeds
    self.topology = topology
    self.architectures = architectures
    self.time = time ?? .oneMonth(month)
    self.profile = profile
    self.events = events
    self.explicitKeys = explicitKeys
  }

  /// Total produce rate W over all feeds.
  public var totalWrite: DataRate { feeds.reduce(.zero) { $0 + $1.write } }
}

/// One thing wrong with a scenario, located by key path.
public struct ScenarioIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where, as a key path: `feeds[0].write`, `topology.azs`.
  public var keyPath: String
  /// What is wrong.
  public var message: String
  /// What would be accepted, when that is not obvious from the message.
  public var accepted: String?

  public init(_ keyPath: String, _ message: String, accepted: String? = nil) {
    self.keyPath = keyPath
    self.message = message
    self.accepted = accepted
  }

  public var description: String {
    accepted.map { "\(keyPath): \(message) (accepted: \($0))" } ?? "\(keyPath): \(message)"
  }
}
