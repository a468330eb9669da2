/// The unit a price is quoted in, spelled as FOCUS `PricingUnit` spells it.
///
/// AWS calls its storage and transfer unit "GB" but meters 2^30 bytes
/// (docs/model.md §0.2), so the shipped AWS rows use the `GiB`
/// spellings; a book whose provider really bills 10^9 bytes uses `GB`.
public enum PricingUnit: String, Hashable, Sendable, Codable, CaseIterable {
  case hours = "Hours"
  case gibMonths = "GiB-Months"
  case gbMonths = "GB-Months"
  case gib = "GiB"
  case gb = "GB"
  case thousandRequests = "1000 Requests"
  case iopsMonths = "IOPS-Months"
  case mibpsMonths = "MiBps-Months"

  /// What the unit measures, to check a usage against the row that prices it.
  public var dimension: Metered.Dimension {
    switch self {
    case .hours: .instanceHours
    case .gibMonths, .gbMonths: .storage
    case .gib, .gb: .transfer
    case .thousandRequests: .requests
    case .iopsMonths: .iops
    case .mibpsMonths: .throughput
    }
  }

  /// What an amount of the unit's dimension is divided by, the first then the second, to give its
  /// quantity in the unit (a division by 1 changes nothing): byte-hours ÷ 2^30 (or 10^9) ÷ the
  /// month's hours for storage, bytes ÷ 2^30 (or 10^9) for transfer, requests ÷ 1,000, IOPS- and
  /// MiB/s-hours ÷ the month's hours. A ranking prices thousands of amounts of one row with them.
  func divisors(monthHours: Double) -> (first: Double, second: Double) {
    switch self {
    case .hours: (1, 1)
    case .gibMonths: (1_073_741_824, monthHours)
    case .gbMonths: (1e9, monthHours)
    case .gib: (1_073_741_824, 1)
    case .gb: (1e9, 1)
    case .thousandRequests: (1_000, 1)
    case .iopsMonths, .mibpsMonths: (monthHours, 1)
    }
  }

  /// Converts a metered amount into this unit, for a month of `monthHours` hours: the amount
  /// divided by the unit's ``divisors(monthHours:)``. Returns nil when the dimensions differ.
  public func quantity(of amount: Metered, monthHours: Double) -> Double? {
    guard amount.dimension == dimension else { return nil }
    let divisors = divisors(monthHours: monthHours)
    return amount.value / divisors.first / divisors.second
  }
}

/// A metered amount in base units, before it meets a price row.
public enum Metered: Hashable, Sendable {
  /// Instance-hours.
  case instanceHours(Double)
  /// Byte-hours stored (bytes held × hours held), as AWS meters storage.
  case storage(byteHours: Double)
  /// Bytes transferred.
  case transfer(bytes: Double)
  /// Requests made.
  case requests(Double)
  /// Provisioned IOPS × hours.
  case iops(Double)
  /// Provisioned MiB/s × hours.
  case throughput(Double)

  public enum Dimension: String, Hashable, Sendable {
    case instanceHours = "instance-hours", storage, transfer, requests, iops, throughput
  }

  public var dimension: Dimension {
    switch self {
    case .instanceHours: .instanceHours
    case .storage: .storage
    case .transfer: .transfer
    case .requests: .requests
    case .iops: .iops
    case .throughput: .throughput
    }
  }
}
