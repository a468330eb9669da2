import StreamCost

/// One row of `timeline.csv`: one architecture over one step, or over a bucket of steps.
///
/// A ``StepRecord`` derives utilisation and shortfall from its counts. Once steps are
/// aggregated (``TimelineAggregator``) that no longer holds — a bucket is short if *any* of its
/// steps was, and its utilisation is the mean of its steps' — so a row stores both.
///
/// Units: rates in bytes/s, counts in brokers (or agents), bytes in bytes, costs in the price
/// book's currency for the row's span (one step, or the bucket) at each rate's first-tier price.
public struct TimelineRow: Hashable, Sendable {
  /// First step of the row, and its start in seconds from the simulation start.
  public var step: Int
  public var offset: Double
  /// Steps the row covers: 1 for a simulation step, up to the bucket size once aggregated.
  public var steps: Int
  /// Index of the architecture in the scenario.
  public var architecture: Int
  /// Demand, bytes/s: writes, tail reads, catch-up and replay reads.
  public var write: Double
  public var tailRead: Double
  public var catchUpRead: Double
  /// Brokers needed before headroom, with headroom, running, and serving.
  public var needed: Int
  public var target: Int
  public var running: Int
  public var serving: Int
  /// needed ÷ serving (infinite when nothing serves); above 1 means short of capacity.
  public var utilisation: Double
  /// True when fewer brokers served than the load needed.
  public var short: Bool
  /// Bytes in object storage (one copy) and on broker disks (all replicas), at the end of the row.
  public var objectBytes: Double
  public var localBytes: Double
  /// Cost per category, indexed like `CostCategory.allCases`.
  public var cost: [Double]

  public init(
    step: Int, offset: Double, steps: Int = 1, architecture: Int, write: Double, tailRead: Double,
    catchUpRead: Double, needed: Int, target: Int, running: Int, serving: Int, utilisation: Double, short: Bool,
    objectBytes: Double, localBytes: Double, cost: [Double]
  ) {
    self.step = step
    self.offset = offset
    self.steps = steps
    self.architecture = architecture
    self.write = write
    self.tailRead = tailRead
    self.catchUpRead = catchUpRead
    self.needed = needed
    self.target = target
    self.running = running
    self.serving = serving
    self.utilisation = utilisation
    self.short = short
    self.objectBytes = objectBytes
    self.localBytes = localBytes
    self.cost = cost
  }

  /// The row of one simulation step, as the simulator reported it.
  public init(_ record: StepRecord) {
    self.init(
      step: record.step, offset: record.offset, architecture: record.architecture, write: record.write,
      tailRead: record.tailRead, catchUpRead: record.catchUpRead, needed: record.needed, target: record.target,
      running: record.running, serving: record.serving, utilisation: record.utilisation, short: record.short,
      objectBytes: record.objectBytes, localBytes: record.localBytes, cost: Array(record.cost))
  }
}

/// Receives timeline rows. Every row sink is also a ``TimelineSink``: the simulator's step
/// records are turned into one-step rows on the way in.
public protocol TimelineRowSink: TimelineSink {
  mutating func accept(_ row: TimelineRow)
}

extension TimelineRowSink {
  public mutating func accept(_ record: StepRecord) { accept(TimelineRow(record)) }
}
