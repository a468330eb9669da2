/// Bytes that cross an AZ boundary for one reason; AWS bills each byte when it
/// leaves one AZ and again when it enters the other (docs/model.md §0.2).
public struct CrossAZFlow: Hashable, Sendable {
  public var category: CostCategory
  /// e.g. "producers → partition leaders".
  public var what: String
  /// Bytes/s that cross.
  public var rate: DataRate
  /// The formula and figures, e.g. "W·(Z−1)/Z = 100 MB/s × 2/3".
  public var formula: String

  public init(_ category: CostCategory, _ what: String, rate: DataRate, formula: String) {
    self.category = category
    self.what = what
    self.rate = rate
    self.formula = formula
  }

  /// The sent and received lines of a flow, each explained as `formula` on `base` (or, when
  /// nothing crosses, by `none`).
  public static func meterLines(
    _ category: CostCategory, _ what: String, formula: String, base: LineExplanation.FlowBase, none: String = ""
  ) -> [MeterLine] {
    meterLines(category, what, explained: .flow(formula: formula, base: base, none: none))
  }

  /// The sent and received lines of bytes crossing AZs for `what`, each explained by `explained`.
  static func meterLines(_ category: CostCategory, _ what: String, explained: LineExplanation) -> [MeterLine] {
    [
      MeterLine(category, "Inter-AZ transfer out, \(what)", price: .rate(.interAZOut), .transfer, explained: explained),
      MeterLine(category, "Inter-AZ transfer in, \(what)", price: .rate(.interAZIn), .transfer, explained: explained),
    ]
  }

  /// The four lines of a design without replication: producers to `target` and readers from
  /// `source`, sent and received; `none` says why nothing crosses when clients stay in their AZ.
  static func clientLines(to target: String, from source: String, none: String) -> [MeterLine] {
    meterLines(.crossAZProducer, "producers to \(target)", formula: "W·(Z−1)/Z", base: .write, none: none)
      + meterLines(.crossAZConsumer, "\(source) to consumers", formula: "(F·W + Rc)·(Z−1)/Z", base: .readers, none: none)
  }

  /// Producers writing to a broker or agent in another AZ: W·(Z−1)/Z.
  public static func producers(_ workload: Workload, to target: String) -> CrossAZFlow {
    CrossAZFlow(.crossAZProducer, "producers to \(target)", rate: workload.write * workload.remoteZoneShare, formula: "W·(Z−1)/Z")
  }

  /// Tail and catch-up readers served from another AZ: (F·W + Rc) × `share`.
  public static func consumers(
    _ workload: Workload, from source: String, share: Double, formula: String = "(F·W + Rc)·(Z−1)/Z"
  ) -> CrossAZFlow {
    CrossAZFlow(
      .crossAZConsumer, "\(source) to consumers", rate: (workload.tailRead + workload.catchUpRead) * share, formula: formula)
  }

  /// Bytes crossing at `rate` over `hours`, billed once sent and once received.
  public static func bytes(_ rate: Double, hours: Double) -> Double { rate * hours * 3_600 }

  /// The two client flows of a design without replication, or none when clients stay in their AZ.
  /// With `consumersLocal` only the consumers stay (rack-aware consumers): their flow is kept at 0 bytes
  /// with `consumersLocalReason` as its formula, so the lines still say why.
  public static func clientFlows(
    _ workload: Workload, to target: String, from source: String, zoneLocal: Bool, consumersLocal: Bool = false,
    consumersLocalReason: String = ""
  ) -> [CrossAZFlow] {
    guard !zoneLocal else { return [] }
    let consumerShare = consumersLocal ? 0 : workload.remoteZoneShare
    let consumers = consumersLocal
      ? CrossAZFlow.consumers(workload, from: source, share: consumerShare, formula: consumersLocalReason)
      : CrossAZFlow.consumers(workload, from: source, share: consumerShare)
    return [.producers(workload, to: target), consumers]
  }

  /// Appends the two client flows of a design without replication: producers W·(Z−1)/Z and readers
  /// (F·W + Rc)·(Z−1)/Z, or nothing when clients stay in their AZ (zone router, zone-aware clients).
  @inline(__always)
  static func appendClientFlows(
    _ load: StepSums, producerShare: Double, consumerShare: Double, hours: Double, to amounts: inout MeterAmounts
  ) {
    appendSentAndReceived(load.write * producerShare, hours: hours, to: &amounts)
    appendSentAndReceived((load.tailRead + load.catchUpRead) * consumerShare, hours: hours, to: &amounts)
  }

  /// The share of client bytes that cross AZs: (Z−1)/Z, or none when clients stay in their AZ.
  static func clientShare(_ topology: Topology, zoneLocal: Bool) -> Double {
    zoneLocal ? 0 : topology.remoteZoneShare
  }

  /// Appends a flow's sent and received amounts (the same bytes) for its two meter lines.
  @inline(__always)
  public static func appendSentAndReceived(_ rate: Double, hours: Double, to amounts: inout MeterAmounts) {
    amounts.appendTwice(bytes(rate, hours: hours))
  }
}
