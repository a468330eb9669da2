/// One architecture at one step of the simulation: demand, capacity and what the step cost.
///
/// Streamed to a ``TimelineSink`` as the simulation runs, never held whole, so a year at
/// one-minute steps needs no more memory than a day.
public struct StepRecord: Hashable, Sendable {
  /// Step index and its start, seconds from the simulation start.
  public var step: Int
  public var offset: Double
  /// Index of the architecture in the scenario.
  public var architecture: Int
  /// Demand, bytes/s: writes W, tail reads F·W, catch-up and replay reads Rc.
  public var write: Double
  public var tailRead: Double
  public var catchUpRead: Double
  /// Brokers (or agents) the load needs before failure headroom, with headroom, and running at
  /// the step's end (a change that completes inside the step counts; docs/model.md §5).
  public var needed: Int
  public var target: Int
  public var running: Int
  /// The fewest that serve at any moment of the step: a change under way serves its old count
  /// until it completes, a failure takes some out until they recover.
  public var serving: Int
  /// needed ÷ serving: above 1 means short of capacity for some part of the step.
  public var utilisation: Double { serving > 0 ? Double(needed) / Double(serving) : .infinity }
  /// True when, at some moment of the step, fewer serve than the load needs (the run's hours
  /// short count only that part of the step).
  public var short: Bool { serving < needed }
  /// Bytes held in object storage (one copy) and on broker disks (all replicas), end of step.
  public var objectBytes: Double
  public var localBytes: Double
  /// Cost of this step per category (by rank), at each rate's first-tier price (monthly files apply tiers).
  public var cost: CategoryCosts

  public init(
    step: Int, offset: Double, architecture: Int, write: Double, tailRead: Double, catchUpRead: Double, needed: Int,
    target: Int, running: Int, serving: Int, objectBytes: Double, localBytes: Double, cost: CategoryCosts
  ) {
    self.step = step
    self.offset = offset
    self.architecture = architecture
    self.write = write
    self.tailRead = tailRead
    self.catchUpRead = catchUpRead
    self.needed = needed
    self.target = target
    self.running = running
    self.serving = serving
    self.objectBytes = objectBytes
    self.localBytes = localBytes
    self.cost = cost
  }
}

/// Receives the timeline as the simulation produces it (a file writer, an aggregator, a counter).
///
/// `accept` gets every record in step order, one call at a time, but with a parallel simulator
/// not necessarily on the thread that called `run`: the calls come from whichever core is free
/// while the architectures step through the next block. A sink must not be bound to one thread
/// (an actor or the main thread).
public protocol TimelineSink {
  /// False for a sink that drops every record: the simulator then skips gathering them in step order.
  static var keepsRecords: Bool { get }
  mutating func accept(_ record: StepRecord)
}

extension TimelineSink {
  public static var keepsRecords: Bool { true }
}

/// A sink that drops every record, for runs that only need the monthly results.
public struct DiscardingSink: TimelineSink {
  public static var keepsRecords: Bool { false }
  public init() {}
  public mutating func accept(_ record: StepRecord) {}
}
