import StreamCost

/// What the ledger keeps about an `uncertainty` run besides its scenario and price book: how the
/// samples were drawn (so the run can be repeated exactly) and the files it wrote.
///
/// `--jobs` is not kept: the samples, and so every file, depend on the seed alone.
public struct UncertaintyRecord: Hashable, Sendable {
  /// `--seed`: the SplitMix64 stream the samples were drawn from.
  public var seed: UInt64
  /// Samples drawn (fewer than ``requestedSamples`` when the run stopped at the precision).
  public var samples: Int
  /// `--samples`: the most the run would draw.
  public var requestedSamples: Int
  /// `--precision`: the relative standard error of the P50 the run stops at (a fraction; 0 never stops early).
  public var precision: Double
  /// `--short-hours`: hours short of capacity a sample may have before it counts as short.
  public var shortHours: Double
  /// True when the run stopped because the precision was reached.
  public var converged: Bool
  /// The CSV files of `uncertainty --out` (quantiles, monthly quantiles, samples, ranking), by name.
  public var files: [RecordedFile]

  public init(
    seed: UInt64, samples: Int, requestedSamples: Int, precision: Double, shortHours: Double, converged: Bool,
    files: [RecordedFile]
  ) {
    self.seed = seed
    self.samples = samples
    self.requestedSamples = requestedSamples
    self.precision = precision
    self.shortHours = shortHours
    self.converged = converged
    self.files = files
  }

  /// How `runs list` and `runs show` describe the run, e.g. `uncertainty: 600 of 1000 samples, seed 19, precision 0.5%`.
  public var label: String {
    let drawn = samples == requestedSamples ? "\(samples)" : "\(samples) of \(requestedSamples)"
    return "uncertainty: \(drawn) samples, seed \(seed), precision \(Format.number(precision * 100))%"
  }
}
