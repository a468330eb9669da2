/// Which price book a scenario is priced with: `aws/us-east-1`, optionally pinned to an as-of date.
public struct PricingReference: Hashable, Sendable, Codable {
  public var provider: String
  public var region: String
  /// ISO date (`YYYY-MM-DD`) of the book's folder; nil means the newest shipped.
  public var asOf: String?

  public init(provider: String, region: String, asOf: String? = nil) {
    self.provider = provider
    self.region = region
    self.asOf = asOf
  }

  /// `provider/region`.
  public var id: String { "\(provider)/\(region)" }
}
