/// The unit a price is quoted in, spelled as FOCUS `PricingUnit` spells it.
///
/// AWS calls its storage and transfer unit "GB" but meters 2^30 bytes
/// (reference/pricing-facts.md §0), so the shipped AWS rows use the `GiB`
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

  /// ``quantity(of:monthHours:)`` as two divisions, in order: an amount of the unit's dimension
  /// divided by the first, then the second, is its quantity (a division by 1 changes nothing).
  /// What prices thousands of amounts of one row converts with, without matching the amount's case.
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

  /// Converts a metered amount into this unit, for a month of `monthHours` hours.
  /// Returns nil when the dimensions differ.
  public func quantity(of amount: Metered, monthHours: Double) -> Double? {
    guard amount.dimension == dimension else { return nil }
    switch (self, amount) {
    case (.hours, .instanceHours(let h)): return h
    case (.gibMonths, .storage(let byteHours)): return byteHours / 1_073_741_824 / monthHours
    case (.gbMonths, .storage(let byteHours)): return byteHours / 1e9 / monthHours
    case (.gib, .transfer(let bytes)): return bytes / 1_073_741_824
    case (.gb, .transfer(let bytes)): return bytes / 1e9
    case (.thousandRequests, .requests(let n)): return n / 1_000
    case (.iopsMonths, .iops(let iopsHours)): return iopsHours / monthHours
    case (.mibpsMonths, .throughput(let mibpsHours)): return mibpsHours / monthHours
    default: return nil
    }
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
