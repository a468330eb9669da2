/// One architecture's cost model: how it sizes for a load and what it then uses.
///
/// Each architecture is one type conforming to this protocol. `size` decides capacity; `usage`
/// says which resources that capacity and the load consume over a period. Neither sees a price:
/// ``Pricer`` does that. Both are the model's step formulas (``Formulas``) evaluated once on a
/// steady workload's sums, and the simulator evaluates the same formulas at every step.
///
/// The simulator reaches a model only through this protocol: the stepping requirements
/// (``start(_:_:keptLocalSteps:)``, ``step(_:through:_:records:keep:)``,
/// ``meterCandidates(_:_:_:hours:lines:into:)``) are implemented once for every model in
/// `ModelStepping.swift`, so each model's witness is the loop specialised for its own formulas.
protocol Deployment: Hashable, Sendable {
  /// The model's formulas for one step (lanes of demand and capacity, and the meter amounts).
  associatedtype Formulas: StepFormulas

  var name: String { get }
  var kind: ArchitectureKind { get }
  /// The instance type asked for, or `cheapest`.
  var instanceChoice: InstanceChoice { get }
  /// Scenario key of the instance choice, for error messages (`instance`).
  var instanceKey: String { get }

  /// Whether the type can run this architecture at all (local NVMe needs an NVMe type).
  func accepts(_ instance: InstanceType) -> Bool
  /// Brokers or agents needed to carry `workload` on `instance`, with headroom.
  func size(_ workload: Workload, on instance: InstanceType) throws(SizingFailure) -> Sizing
  /// Resources used over `hours` hours at `workload` with `sizing` in place.
  func usage(_ workload: Workload, sizing: Sizing, hours: Double) -> [Usage]
  /// The architecture's own parameters, for the assumptions output.
  var parameters: [ParameterValue] { get }

  /// The formulas for steps of `hours` on `topology` (0 hours where only needs and rates are read).
  func formulas(_ topology: Topology, hours: Double) -> Formulas
  /// The sums the formulas read in steady state (with the local-disk sums of a broker-local design).
  func steadySums(_ workload: Workload) -> StepSums
  /// What each feed keeps on broker disks over a run, for a design that keeps data on its
  /// brokers; nil for the others.
  func localDiskPlan(_ scenario: Scenario, grid: TimeGrid) -> LocalDiskPlan?

  /// What changing from `from` to `to` brokers moves and how long it takes under `scaling`.
  func resize(_ workload: Workload, from: Int, to: Int, scaling: ScalingConfig) -> CapacityChange
  /// Whether ``resize(_:from:to:scaling:)`` reads the load of the moment (bytes held on disks),
  /// rather than only the counts and the feeds' fixed settings. When it does not, a controller
  /// waiting to scale in remembers the change's duration instead of asking at every step.
  var resizeReadsLoad: Bool { get }
  /// What replacing `lost` of `running` brokers copies and how long until they serve again.
  func recovery(_ workload: Workload, lost: Int, of running: Int, scaling: ScalingConfig) -> CapacityChange
  /// The lines this architecture bills on `instance`, in a fixed order. The first bills
  /// `instance` itself (the brokers or agents); the others bill the same rows whatever the
  /// instance, so a ranking of candidate types reads them once.
  func meterLines(on instance: InstanceType) -> [MeterLine]

  /// Sets `track`'s starting count with this model's formulas (``ArchitectureTrack/start(_:_:keepLocal:)``).
  func start(_ track: inout ArchitectureTrack, _ inputs: RunInputs, keptLocalSteps: Int)
  /// Steps `track` through `steps` with this model's formulas (``ArchitectureTrack/step(_:through:_:records:keep:)``).
  func step(_ track: inout ArchitectureTrack, through steps: Range<Int>, _ inputs: RunInputs, records: inout [TrackStep], keep: Bool)
  /// Each candidate type at the count `workload` requires on it, metered over `hours`: candidate
  /// `c` (of `instances[candidates[c]]`) writes its `lines` amounts to `amounts[c × lines …]`.
  func meterCandidates(
    _ workload: Workload, _ instances: [InstanceType], _ candidates: [Int], hours: Double, lines: Int,
    into amounts: UnsafeMutableBufferPointer<Double>)
}

/// Why an instance type cannot carry a workload on an architecture.
public struct SizingFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// Scenario key under the architecture entry that the user should change (`instance`, `disk`).
  public var key: String
  public var message: String

  public init(key: String, _ message: String) {
    self.key = key
    self.message = message
  }

  public var description: String { message }
}

extension ArchitectureSpec {
  /// The cost model for this entry, with the provider facts of the book that prices it and the
  /// scenario's client placement (`topology.clients`; broker-local designs read it from the topology).
  func deployment(_ facts: ProviderFacts, clients: ClientPlacement) -> any Deployment {
    switch config {
    case .kafka(let broker): BrokerLocalKafka(name: name, config: broker, facts: facts)
    case .kafkaTiered(let broker, let tiering): TieredKafka(name: name, broker: broker, tiering: tiering, facts: facts)
    case .sharedStorage(let config): SharedStorageKafka(name: name, config: config, facts: facts, clients: clients)
    case .diskless(let config): DisklessAgents(name: name, config: config, clients: clients)
    }
  }
}
