import Foundation

/// What a simulation produced, besides the streamed timeline: the bill month by month,
/// every scaling and failure event, and per-architecture totals.
public struct SimulationResult: Hashable, Sendable {
  /// One billed month: its start, length and every architecture's priced lines.
  public struct Month: Hashable, Sendable {
    public var index: Int
    /// Start, seconds from the simulation start, and instant (Unix seconds).
    public var offset: Double
    public var start: Double
    /// Hours simulated in this month, and hours the month is billed as (730, or the calendar month's).
    public var hours: Double
    public var billedHours: Double
    public var results: [ArchitectureResult]

    public init(index: Int, offset: Double, start: Double, hours: Double, billedHours: Double, results: [ArchitectureResult]) {
      self.index = index
      self.offset = offset
      self.start = start
      self.hours = hours
      self.billedHours = billedHours
      self.results = results
    }
  }

  /// Per architecture, over the whole horizon.
  public struct Totals: Hashable, Sendable {
    public var name: String
    public var peakCount: Int
    public var minimumCount: Int
    /// Mean count over the horizon.
    public var meanCount: Double
    public var hoursShort: Double
    public var events: Int
    public var bytesMoved: Double
    /// Longest lead time of any scale-out or recovery, seconds.
    public var longestLeadTime: Double
    /// Count at each step, sampled for a sparkline (at most ``SimulationResult/sparklineWidth`` points).
    public var countSamples: [Int]

    public init(
      name: String, peakCount: Int, minimumCount: Int, meanCount: Double, hoursShort: Double, events: Int,
      bytesMoved: Double, longestLeadTime: Double, countSamples: [Int]
    ) {
      self.name = name
      self.peakCount = peakCount
      self.minimumCount = minimumCount
      self.meanCount = meanCount
      self.hoursShort = hoursShort
      self.events = events
      self.bytesMoved = bytesMoved
      self.longestLeadTime = longestLeadTime
      self.countSamples = countSamples
    }
  }

  /// Points kept per architecture for the terminal sparkline.
  public static let sparklineWidth = 60

  public var grid: TimeGrid
  /// Every billed month (empty from a simulator that is not ``Simulator/detailed``).
  public var months: [Month]
  /// Every scaling and failure event in time order (empty from a simulator that is not ``Simulator/detailed``).
  public var events: [ScalingEvent]
  public var totals: [Totals]
  /// The mean month over the horizon, as a comparison (what `summary.csv` and the table show).
  public var comparison: Comparison

  public init(grid: TimeGrid, months: [Month], events: [ScalingEvent], totals: [Totals], comparison: Comparison) {
    self.grid = grid
    self.months = months
    self.events = events
    self.totals = totals
    self.comparison = comparison
  }
}
