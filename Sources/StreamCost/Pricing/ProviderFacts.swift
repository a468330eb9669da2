/// What the models need to know about a provider besides its prices, as the price book states it
/// (`facts.csv`, each value with its source): which rate row prices each kind of charge, what a
/// block volume includes and its limits, and the controller type assumed when a scenario names
/// none. Another provider or region is another book, not new code.
public struct ProviderFacts: Hashable, Sendable, Codable {
  /// The `rates.csv` id pricing each ``RateRole``, by the role's raw value.
  public private(set) var rateIDs: [String: String]
  public var blockVolume: BlockVolumeFacts
  /// The instance type of the controllers when the scenario names none (`controller_instance`).
  public var controllerInstance: String
  /// Where each fact comes from, by its key in `facts.csv` (``Key``).
  public var sources: [String: String]

  /// Facts naming a row for every role of `rateIDs` (a precondition: the book reader checks it).
  public init(
    rateIDs: [RateRole: String], blockVolume: BlockVolumeFacts, controllerInstance: String, sources: [String: String] = [:]
  ) {
    precondition(RateRole.allCases.allSatisfy { rateIDs[$0] != nil }, "a rate id for every role")
    self.rateIDs = Dictionary(uniqueKeysWithValues: rateIDs.map { ($0.key.rawValue, $0.value) })
    self.blockVolume = blockVolume
    self.controllerInstance = controllerInstance
    self.sources = sources
  }

  /// The `rates.csv` id of the row pricing `role` (empty, which names no row, in facts decoded
  /// without it: pricing then reports the rate missing).
  public func rateID(_ role: RateRole) -> String { rateIDs[role.rawValue] ?? "" }

  /// The source of the fact `key`, as the book gives it (empty when the book gives none).
  public func source(_ key: Key) -> String { sources[key.rawValue] ?? "" }

  /// The facts besides the rate rows, by their key in `facts.csv`.
  public enum Key: String, CaseIterable, Sendable {
    case blockIncludedIOPS = "block_volume.included_iops"
    case blockIncludedThroughput = "block_volume.included_throughput"
    case blockMaxThroughput = "block_volume.max_throughput"
    case blockMaxSize = "block_volume.max_size"
    case controllerInstance = "controller_instance"
  }

  /// Every key `facts.csv` must give: one per rate role, then the others.
  public static var keys: [String] { RateRole.allCases.map(\.factKey) + Key.allCases.map(\.rawValue) }
}

/// What every block volume (AWS EBS gp3) of a book's provider includes and how large it may be.
public struct BlockVolumeFacts: Hashable, Sendable, Codable {
  /// IOPS included with every volume; only those above are billed.
  public var includedIOPS: Double
  /// Throughput included with every volume; only what is above is billed.
  public var includedThroughput: DataRate
  /// The most throughput one volume provisions.
  public var maxThroughput: DataRate
  /// The largest volume (the default `max_disk_per_broker`).
  public var maxSize: DataSize

  public init(includedIOPS: Double, includedThroughput: DataRate, maxThroughput: DataRate, maxSize: DataSize) {
    self.includedIOPS = includedIOPS
    self.includedThroughput = includedThroughput
    self.maxThroughput = maxThroughput
    self.maxSize = maxSize
  }

  /// Included throughput, MiB/s.
  var includedThroughputMiBps: Double { includedThroughput.mebibytesPerSecond }
}
