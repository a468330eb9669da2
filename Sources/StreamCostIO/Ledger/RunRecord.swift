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

  public init(
    recordedAt: String, toolVersion: String, scenarioFile: String, scenarioText: String, priceBookPath: String,
    book: PriceBook, comparison: Comparison, events: [ScalingEvent] = [], series: [RecordedFile] = []
  ) {
    self.series = series
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
}
