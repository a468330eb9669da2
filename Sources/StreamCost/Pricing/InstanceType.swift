import Foundation

/// A compute instance type from the price book, with the capacity the model sizes against.
public struct InstanceType: Hashable, Sendable, Codable {
  /// Provider name, e.g. `r6i.xlarge`.
  public var name: String
  public var vcpus: Int
  public var memoryGiB: Double
  /// Sustained (baseline, not burst) network bandwidth, each direction.
  public var networkBaseline: DataRate
  /// Burst bandwidth, when known; never used for sizing.
  public var networkBurst: DataRate?
  /// Local NVMe capacity, decimal bytes; nil when the type has none.
  public var localNVMe: DataSize?
  /// Dedicated EBS baseline (not maximum) bandwidth. Every price-book row has one
  /// (``InstanceRequirement/ebsBaseline``); nil only for a type built in code, which gp3 sizing then
  /// bounds by the volume's own throughput ceiling alone.
  public var ebsBaseline: DataRate?
  /// On-demand price per instance-hour.
  public var pricePerHour: Decimal
  /// Where the row came from.
  public var source: String
  public var asOf: String

  public init(
    name: String, vcpus: Int, memoryGiB: Double, networkBaseline: DataRate,
    networkBurst: DataRate? = nil, localNVMe: DataSize? = nil, ebsBaseline: DataRate? = nil,
    pricePerHour: Decimal, source: String = "", asOf: String = ""
  ) {
    self.name = name
    self.vcpus = vcpus
    self.memoryGiB = memoryGiB
    self.networkBaseline = networkBaseline
    self.networkBurst = networkBurst
    self.localNVMe = localNVMe
    self.ebsBaseline = ebsBaseline
    self.pricePerHour = pricePerHour
    self.source = source
    self.asOf = asOf
  }

  /// The price row id printed in line items, e.g. `instances/r6i.xlarge`.
  public var priceRow: String { "instances/\(name)" }
}
