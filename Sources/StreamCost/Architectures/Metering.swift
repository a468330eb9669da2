/// One line an architecture bills, fixed for a run: what it is, which price row prices it and how
/// its amount is explained, declared together.
///
/// Architectures describe their bill as a fixed list of meter lines plus a
/// numeric `meter` function that fills one amount per line. The simulator calls
/// `meter` at every step without building any text; the steady month and each simulated month
/// build each line's `x_Assumption` once, from the period's amount, with ``explanation``.
public struct MeterLine: Hashable, Sendable {
  public var category: CostCategory
  public var description: String
  public var price: Usage.PriceReference
  public var dimension: Metered.Dimension
  /// The line's formula, from which its `x_Assumption` is written with the period's figures.
  public var explanation: LineExplanation

  public init(
    _ category: CostCategory, _ description: String, price: Usage.PriceReference, _ dimension: Metered.Dimension,
    explained explanation: LineExplanation
  ) {
    self.category = category
    self.description = description
    self.price = price
    self.dimension = dimension
    self.explanation = explanation
  }

  /// The usage of `amount` on this line, explained with `figures` (whose amount is set to it).
  func usage(_ amount: Double, _ figures: LineFigures) -> Usage {
    var figures = figures
    figures.amount = amount
    return Usage(category, description, price: price, amount: Metered(dimension, amount), basis: explanation.text(figures))
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
  /// Resources used over `hours` hours at `workload` with `sizing` in place: the formulas' meter
  /// amounts on the steady sums, each explained by its line with the workload's figures.
  public func usage(_ workload: Workload, sizing: Sizing, hours: Double) -> [Usage] {
    var state = ClusterState(count: sizing.count)
    let lines = meterLines(on: sizing.instance)
    let amounts = MeterAmounts.collect(lines: lines.count) { meter(workload, state: &state, hours: hours, into: &$0) }
    let sums = steadySums(workload)
    let figures = LineFigures(
      amount: 0, hours: hours, count: Double(sizing.count), write: sums.write, readers: sums.tailRead + sums.catchUpRead,
      sizingNote: workload.explains ? sizing.note(survive: workload.topology.survive) : "")
    return MeterLine.usages(lines, amounts, figures)
  }
}

extension MeterLine {
  /// Each line's usage of its amount, explained with `figures` (whose sizing note only the first line, the nodes', gives).
  static func usages(_ lines: [MeterLine], _ amounts: [Double], _ figures: LineFigures) -> [Usage] {
    zip(lines, amounts).enumerated().map { i, entry in
      var figures = figures
      if i > 0 { figures.sizingNote = "" }
      return entry.0.usage(entry.1, figures)
    }
  }
}
