/// One line an architecture bills, fixed for a run: what it is and which price row prices it.
///
/// Architectures describe their bill as a fixed list of meter lines plus a
/// numeric `meter` function that fills one amount per line. The simulator calls
/// `meter` at every step without building any text; `usage` (the steady-state
/// month) uses the same amounts and adds the words that explain them.
public struct MeterLine: Hashable, Sendable {
  public var category: CostCategory
  public var description: String
  public var price: Usage.PriceReference
  public var dimension: Metered.Dimension

  public init(_ category: CostCategory, _ description: String, price: Usage.PriceReference, _ dimension: Metered.Dimension) {
    self.category = category
    self.description = description
    self.price = price
    self.dimension = dimension
  }
}

/// What an architecture runs at a moment: its broker (or agent) count and, for broker-local
/// storage, each broker's provisioned volume (volumes only grow).
public struct ClusterState: Hashable, Sendable {
  /// Nodes serving (request rates and each volume's share are worked out over them).
  public var count: Int
  /// Nodes billed over the step beyond `count`, as a count (node-hours ÷ step hours, ≥ 0): nodes
  /// launched and still copying data, or leaving nodes draining for part of the step (billed from
  /// launch, docs/model.md §5). 0 in a steady month.
  public var extraBilled = 0.0
  /// Nodes (and their volumes) billed over the step: `count + extraBilled`.
  @inline(__always)
  public var billed: Double { Double(count) + extraBilled }
  /// Provisioned block storage per broker, bytes (0 where none scales with data).
  public var volumeBytes: Double
  /// What spares most steps the ratchet's division and rounding; not part of the state.
  private var ratchet = VolumeRatchet()

  public init(count: Int, volumeBytes: Double = 0) {
    self.count = count
    self.volumeBytes = volumeBytes
  }

  /// Grows each broker's volume to hold `stored` bytes provisioned at disk utilisation
  /// `utilisation` over the count: `volumeBytes = max(volumeBytes, stored ÷ utilisation ÷ count)`.
  @inline(__always)
  mutating func growVolume(stored: Double, utilisation: Double) {
    ratchet.grow(&volumeBytes, stored: stored, utilisation: utilisation, count: count)
  }

  /// Each broker's volume in whole GiB (``GP3Volume/sizeGiB(_:)``).
  @inline(__always)
  mutating func volumeGiB() -> Double { ratchet.sizeGiB(volumeBytes) }

  public static func == (a: ClusterState, b: ClusterState) -> Bool {
    a.count == b.count && a.extraBilled == b.extraBilled && a.volumeBytes == b.volumeBytes
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(extraBilled)
    hasher.combine(volumeBytes)
  }
}

extension Metered {
  /// A metered amount of `dimension` in its base unit (hours, byte-hours, bytes, requests, IOPS-hours, MiB/s-hours).
  /// The amount in its dimension's base unit.
  public var value: Double {
    switch self {
    case .instanceHours(let v), .storage(let v), .transfer(let v), .requests(let v), .iops(let v), .throughput(let v): v
    }
  }

  public init(_ dimension: Dimension, _ value: Double) {
    switch dimension {
    case .instanceHours: self = .instanceHours(value)
    case .storage: self = .storage(byteHours: value)
    case .transfer: self = .transfer(bytes: value)
    case .requests: self = .requests(value)
    case .iops: self = .iops(value)
    case .throughput: self = .throughput(value)
    }
  }
}

extension Deployment {
  /// The steady-state usages of a period: the meter amounts with the words that explain them.
  func usages(_ lines: [MeterLine], _ amounts: [Double], _ bases: [String]) -> [Usage] {
    zip(lines, zip(amounts, bases)).map { line, entry in
      Usage(line.category, line.description, price: line.price, amount: Metered(line.dimension, entry.0), basis: entry.1)
    }
  }
}
