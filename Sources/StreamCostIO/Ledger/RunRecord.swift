import Foundation
import StreamCost

/// Everything the ledger keeps about one `compare` run.
public struct RunRecord: Sendable {
  public var recordedAt: String
  public var toolVersion: String
  public var scenarioFile: String
  public var scenarioText: String
  public var priceBookPath: String
  public var book: PriceBook
  public var comparison: Comparison
  /// Scaling and failure events of the simulated horizon.
  public var events: [ScalingEvent]
  /// The measured-series files the scenario read, with their text.
  public var series: [RecordedFile]
  /// For an `uncertainty` run: its seed, sample count and files. Its ``comparison`` is then the
  /// scenario at its inputs' p50 and the documented defaults (what `compare` gives).
  public var uncertainty: UncertaintyRecord?

  public init(
    recordedAt: String, toolVersion: String, scenarioFile: String, scenarioText: String, priceBookPath: String,
    book: PriceBook, comparison: Comparison, events: [ScalingEvent] = [], series: [RecordedFile] = [],
    uncertainty: UncertaintyRecord? = nil
  ) {
    self.series = series
    self.uncertainty = uncertainty
    self.recordedAt = recordedAt
    self.toolVersion = toolVersion
    self.scenarioFile = scenarioFile
    self.scenarioText = scenarioText
    self.priceBookPath = priceBookPath
    self.book = book
    self.comparison = comparison
    self.events = events
  }
}

/// A run read back from the ledger.
public struct StoredRun: Sendable {
  public var id: Int64
  public var recordedAt: String
  public var toolVersion: String
  public var scenarioFile: String
  public var scenarioText: String
  public var scenarioSHA256: String
  public var priceBookPath: String
  public var priceBookSHA256: String
  public var book: PriceBook
  public var comparison: Comparison
  /// The measured-series files the run read, by path.
  public var series: [RecordedFile]
  /// Set for an `uncertainty` run (its files by name).
  public var uncertainty: UncertaintyRecord?
}

/// An input file kept with a run: its path as read and its text.
public struct RecordedFile: Hashable, Sendable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// Hex SHA-256 of the text.
  public var sha256: String { Fingerprint.sha256(text) }
}

/// One line of `runs list`: the run and its total per architecture.
public struct RunListing: Sendable {
  public var id: Int64
  public var recordedAt: String
  public var scenario: String
  /// The book's label and the first digits of its rows' SHA-256, so an edited copy shows as different.
  public var priceBook: String
  public var currency: String
  /// (architecture, total) in the run's order.
  public var totals: [(architecture: String, total: Decimal)]
  /// Set for an `uncertainty` run (without its files); its totals are then those at the inputs' p50.
  public var uncertainty: UncertaintyRecord?
}
