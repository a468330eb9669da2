/// One architecture's cost model: how it sizes for a load and what it then uses.
///
/// Each architecture is one type conforming to this protocol.
/// `size` decides capacity; `usage` says which resources that capacity and
/// the load consume over a period. Neither sees a price: ``Pricer`` does that.
public protocol Deployment: Sendable {
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

  /// Brokers or agents needed for `workload` on `instance`, before and with headroom: `size` without the words.
  func requiredCount(_ workload: Workload, on instance: InstanceType) -> CapacityNeed
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
  /// The amount of each meter line over `hours` at `workload` with `state` in place, in base units.
  /// Grows `state.volumeBytes` to what the load needs (volumes never shrink).
  func meter(_ workload: Workload, state: inout ClusterState, hours: Double, into amounts: inout MeterAmounts)
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
  /// The cost model for this entry.
  public var deployment: any Deployment {
    switch config {
    case .kafka(let broker): BrokerLocalKafka(name: name, config: broker)
    case .kafkaTiered(let broker, let tiering): TieredKafka(name: name, broker: broker, tiering: tiering)
    case .sharedStorage(let config): SharedStorageKafka(name: name, config: config)
    case .diskless(let config): DisklessAgents(name: name, config: config)
    }
  }
}
