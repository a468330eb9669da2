import StreamCost

/// The optional `book.csv` keys that say who bills the book (``BookBilling``, for `focus.csv`).
///
/// | key | FOCUS column | when absent |
/// |---|---|---|
/// | `provider_name` | ProviderName | the `provider` key |
/// | `publisher_name` | PublisherName | `provider_name` |
/// | `invoice_issuer_name` | InvoiceIssuerName | `provider_name` |
/// | `region_name` | RegionName | the `region` key |
/// | `pricing_category` | PricingCategory | `Standard` |
/// | `service_name.<family>` | ServiceName of `instances/…` (family `instances`) or of a rate whose id starts `<family>.` | the rate's service subcategory |
enum BookBillingKeys {
  static let keys = ["provider_name", "publisher_name", "invoice_issuer_name", "region_name", "pricing_category"]
  static let serviceNamePrefix = "service_name."

  /// The billing the keys give, nil when the book has none of them; a bad value adds a problem.
  static func billing(_ values: [String: String], file: String, problems: inout [InputError]) -> BookBilling? {
    let services = values.filter { $0.key.hasPrefix(serviceNamePrefix) && !$0.value.isEmpty }
    guard keys.contains(where: { !(values[$0] ?? "").isEmpty }) || !services.isEmpty else { return nil }
    func value(_ key: String) -> String? { values[key].flatMap { $0.isEmpty ? nil : $0 } }
    let provider = value("provider_name") ?? values["provider"] ?? ""
    var category = PricingCategory.standard
    if let text = value("pricing_category") {
      if let parsed = PricingCategory(rawValue: text) {
        category = parsed
      } else {
        problems.append(
          InputError(
            file: file, field: "pricing_category", message: "'\(text)' is not a FOCUS pricing category",
            accepted: PricingCategory.allCases.map(\.rawValue).joined(separator: ", ")))
      }
    }
    return BookBilling(
      provider: provider, publisher: value("publisher_name") ?? provider, invoiceIssuer: value("invoice_issuer_name") ?? provider,
      regionName: value("region_name") ?? values["region"] ?? "", pricingCategory: category,
      serviceNames: Dictionary(uniqueKeysWithValues: services.map { (String($0.key.dropFirst(serviceNamePrefix.count)), $0.value) }))
  }
}
