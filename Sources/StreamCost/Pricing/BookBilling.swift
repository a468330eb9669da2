/// Who bills a price book's prices, and on what terms: the parties and names a FOCUS cost export
/// (``FocusCharge``) prints on every row.
///
/// Read from optional `book.csv` keys. A book without them still prices every scenario; its FOCUS
/// rows then name the provider by its short id (`aws`) and price at ``PricingCategory/standard``.
public struct BookBilling: Hashable, Sendable, Codable {
  /// FOCUS ProviderName, PublisherName and InvoiceIssuerName, e.g. "Amazon Web Services".
  public var provider: String
  public var publisher: String
  public var invoiceIssuer: String
  /// FOCUS RegionName, e.g. "US East (N. Virginia)".
  public var regionName: String
  /// FOCUS PricingCategory of every price in the book (on-demand list prices are `Standard`).
  public var pricingCategory: PricingCategory
  /// FOCUS ServiceName by price-row family: `instances` for instance types, else a rate id's
  /// first dot-separated part (`ebs`, `s3`, `ec2`).
  public var serviceNames: [String: String]

  public init(
    provider: String, publisher: String, invoiceIssuer: String, regionName: String,
    pricingCategory: PricingCategory = .standard, serviceNames: [String: String] = [:]
  ) {
    self.provider = provider
    self.publisher = publisher
    self.invoiceIssuer = invoiceIssuer
    self.regionName = regionName
    self.pricingCategory = pricingCategory
    self.serviceNames = serviceNames
  }

  /// The billing of a book that names no parties: its short provider id and region for each.
  public static func fallback(for info: PriceBook.Info) -> BookBilling {
    BookBilling(provider: info.provider, publisher: info.provider, invoiceIssuer: info.provider, regionName: info.region)
  }

  /// The price-row family a service name is looked up by: `instances` for `instances/<type>`,
  /// `ebs` for `rates/ebs.gp3.storage`.
  public static func family(ofPriceRow row: String) -> String {
    let (kind, id) = PriceRowName.split(row)
    return kind == "instances" ? kind : String(id.prefix { $0 != "." })
  }
}

/// How a price is offered, in FOCUS 1.0's PricingCategory values.
public enum PricingCategory: String, Hashable, Sendable, Codable, CaseIterable {
  /// On-demand list price.
  case standard = "Standard"
  /// A commitment (reservation, savings plan).
  case committed = "Committed"
  /// A price that moves with supply (spot).
  case dynamic = "Dynamic"
  case other = "Other"
}

/// Splits a price-row name (`instances/<type>`, `rates/<id>`) into its kind and id.
enum PriceRowName {
  static func split(_ row: String) -> (kind: String, id: String) {
    guard let slash = row.firstIndex(of: "/") else { return ("", row) }
    return (String(row[..<slash]), String(row[row.index(after: slash)...]))
  }
}
