/// The kinds of charge the models price with a rate row, and the dimension each must meter.
///
/// Which row of `rates.csv` prices each is the price book's own fact `rate.<raw value>`
/// (``ProviderFacts/rateID(_:)``): a book must name a row for every one of these, and carry that
/// row (`streamcost pricing validate` reports what is missing); other rows are allowed and ignored.
public enum RateRole: String, CaseIterable, Sendable, Codable {
  case blockStorage = "block_storage"
  case blockIOPS = "block_iops"
  case blockThroughput = "block_throughput"
  case objectStorage = "object_storage"
  case objectPut = "object_put"
  case objectGet = "object_get"
  case interAZOut = "inter_az_out"
  case interAZIn = "inter_az_in"

  /// What the row's unit must measure.
  public var dimension: Metered.Dimension {
    switch self {
    case .blockStorage, .objectStorage: .storage
    case .blockIOPS: .iops
    case .blockThroughput: .throughput
    case .objectPut, .objectGet: .requests
    case .interAZOut, .interAZIn: .transfer
    }
  }

  /// The key of the fact naming this role's row (`facts.csv`).
  public var factKey: String { "rate.\(rawValue)" }
}
