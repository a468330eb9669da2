/// What the notebook of an `uncertainty` run describes, read from its `run.csv` and
/// `quantiles.csv` (``UncertaintyFolderReader``): never from the clock at export, so exporting the
/// same run twice gives the same bytes.
public struct UncertaintyNotebookRun: Hashable, Sendable {
  public var scenario: String
  public var description: String
  /// `provider/region@as-of`.
  public var priceBook: String
  public var currency: String
  /// Month convention label, e.g. `730h`.
  public var month: String
  /// The seed, samples drawn and precision, as `run.csv` writes them.
  public var seed: String
  public var samples: String
  public var precision: String
  /// Where the run came from, for the header.
  public var origin: String
  /// Architecture names in the run's order.
  public var architectures: [String]

  public init(
    scenario: String, description: String, priceBook: String, currency: String, month: String, seed: String, samples: String,
    precision: String, origin: String, architectures: [String]
  ) {
    self.scenario = scenario
    self.description = description
    self.priceBook = priceBook
    self.currency = currency
    self.month = month
    self.seed = seed
    self.samples = samples
    self.precision = precision
    self.origin = origin
    self.architectures = architectures
  }
}
