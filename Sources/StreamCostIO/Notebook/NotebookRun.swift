import Foundation

/// What an exported notebook describes: the run's identity for the header, its assumptions for
/// the table, and which of the simulation's files it has.
///
/// Read from a `compare --out` folder by ``RunFolderReader`` or from the ledger by
/// ``LedgerRunReader``. Every field comes from the run itself, never from the clock at export,
/// so exporting the same run twice gives the same bytes.
public struct NotebookRun: Hashable, Sendable {
  public var scenario: String
  public var description: String
  /// `provider/region@as-of`, or `provider/region` when the folder does not say which version.
  public var priceBook: String
  /// The book's as-of date; nil for a folder written before `run.csv` existed.
  public var priceBookVersion: String?
  public var currency: String
  /// Month convention label, e.g. `730h`.
  public var month: String
  /// How the month was obtained (e.g. `simulated: 8760 steps of 5m`), when known.
  public var basis: String?
  /// First instant of the simulated horizon (ISO 8601), when the monthly bill is there.
  public var periodStart: String?
  /// Months in the horizon, when the monthly bill is there.
  public var months: Int?
  /// Where the run came from, for the header: "a `compare --out` folder" or "run 3 of the ledger, recorded …".
  public var origin: String
  /// Architecture names in the run's order.
  public var architectures: [String]
  /// Rows of `assumptions.csv` without the scenario column: architecture, name, value, unit, origin, uncertain, source.
  public var assumptions: [[String]]
  /// True when `timeline.csv`, `scaling_events.csv` and `monthly.csv` are exported.
  public var hasSimulation: Bool
  /// Why the simulation files are missing, shown in the notebook in place of their charts.
  public var missingSimulationReason: String?

  public init(
    scenario: String, description: String, priceBook: String, priceBookVersion: String?, currency: String, month: String,
    basis: String?, periodStart: String?, months: Int?, origin: String, architectures: [String], assumptions: [[String]],
    hasSimulation: Bool, missingSimulationReason: String?
  ) {
    self.scenario = scenario
    self.description = description
    self.priceBook = priceBook
    self.priceBookVersion = priceBookVersion
    self.currency = currency
    self.month = month
    self.basis = basis
    self.periodStart = periodStart
    self.months = months
    self.origin = origin
    self.architectures = architectures
    self.assumptions = assumptions
    self.hasSimulation = hasSimulation
    self.missingSimulationReason = missingSimulationReason
  }
}
