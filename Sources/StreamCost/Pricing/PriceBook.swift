import Foundation

/// A versioned set of list prices for one provider and region, as typed values.
public struct PriceBook: Hashable, Sendable, Codable {
  public var info: Info
  /// Instance types by name.
  public var instances: [String: InstanceType]
  /// Rates by id.
  public var rates: [String: Rate]
  /// What the models need to know besides prices: which row prices each charge, block volume
  /// allowances and limits, the default controller type.
  public var facts: ProviderFacts

  /// Who and when: the book's identity as printed on every report.
  public struct Info: Hashable, Sendable, Codable {
    public var provider: String
    public var region: String
    /// ISO date the prices were read (`YYYY-MM-DD`); the book's version.
    public var asOf: String
    /// ISO 4217 code of every price in the book.
    public var currency: String
    public var title: String
    /// Where the book was read from, as given (for reports only).
    public var location: String
    /// Who bills the prices (FOCUS export); nil for a book, or a recorded run, that names no one.
    public var billing: BookBilling?

    public init(
      provider: String, region: String, asOf: String, currency: String, title: String = "", location: String = "",
      billing: BookBilling? = nil
    ) {
      self.provider = provider
      self.region = region
      self.asOf = asOf
      self.currency = currency
      self.title = title
      self.location = location
      self.billing = billing
    }

    /// ``billing``, or the short provider id and region where the book names no one.
    public var billingOrFallback: BookBilling { billing ?? .fallback(for: self) }

    /// `aws/us-east-1@2026-07-20`.
    public var label: String { "\(provider)/\(region)@\(asOf)" }
  }

  public init(info: Info, instances: [InstanceType], rates: [Rate], facts: ProviderFacts) {
    self.info = info
    self.instances = Dictionary(instances.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    self.rates = Dictionary(rates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    self.facts = facts
  }

  /// Instance types sorted by name, for deterministic searches.
  public var sortedInstances: [InstanceType] { instances.values.sorted { $0.name < $1.name } }

  /// The rate pricing `role` (the row the facts name for it), or a ``PricingError`` naming that row.
  public func rate(_ role: RateRole) throws(PricingError) -> Rate {
    let id = facts.rateID(role)
    guard let rate = rates[id] else { throw .missingRate(id, book: info.label) }
    return rate
  }

  /// The instance type called `name`, or a ``PricingError`` with the nearest names.
  public func instance(_ name: String) throws(PricingError) -> InstanceType {
    guard let type = instances[name] else {
      throw .unknownInstance(name, book: info.label, nearest: Nearest.matches(for: name, in: instances.keys.sorted()))
    }
    return type
  }

  /// Rules the rates must satisfy for the engine to price every architecture; empty when fine.
  public func validateRates() -> [String] {
    var problems: [String] = []
    for role in RateRole.allCases {
      let id = facts.rateID(role)
      guard let rate = rates[id] else {
        problems.append("required rate '\(id)' is missing")
        continue
      }
      if rate.unit.dimension != role.dimension {
        problems.append("rate '\(id)' is priced in '\(rate.unit.rawValue)' but must meter \(role.dimension.rawValue)")
      }
      if rate.tiers.first?.start != 0 {
        problems.append("rate '\(id)' has no tier starting at 0")
      }
    }
    return problems
  }

  /// Rules the instance list must satisfy; empty when fine.
  public func validateInstances() -> [String] {
    var problems: [String] = []
    if instances.isEmpty { problems.append("the book lists no instance type") }
    if instances[facts.controllerInstance] == nil {
      problems.append("'\(facts.controllerInstance)' (the default controller instance) is missing")
    }
    return problems
  }
}

/// A price the engine needed and the book does not have.
public enum PricingError: Error, Hashable, Sendable, CustomStringConvertible {
  case missingRate(String, book: String)
  case unknownInstance(String, book: String, nearest: [String])
  case unitMismatch(rate: String, unit: String, usage: String)

  public var description: String {
    switch self {
    case .missingRate(let id, let book):
      "price book \(book) has no rate '\(id)' (rates.csv)"
    case .unknownInstance(let name, let book, let nearest):
      "unknown instance type '\(name)' in price book \(book)"
        + (nearest.isEmpty ? "" : "; did you mean \(nearest.map { "'\($0)'" }.joined(separator: ", "))?")
    case .unitMismatch(let rate, let unit, let usage):
      "rate '\(rate)' is priced in '\(unit)', which cannot price \(usage)"
    }
  }
}
