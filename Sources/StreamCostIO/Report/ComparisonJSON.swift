import Foundation
import StreamCost

/// The comparison as JSON for programs: every line item, sizing figure and assumption, keys sorted.
public enum ComparisonJSON {
  public static func render(_ c: Comparison) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Document(c))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The comparison's own Codable form, keys sorted, for the ledger to decode later.
  public static func encodeForStorage(_ c: Comparison) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(c), as: UTF8.self)
  }

  struct Document: Encodable {
    let scenario: String
    let description: String
    let priceBook: PriceBook.Info
    let monthHours: Double
    let monthConvention: String
    let currency: String
    let architectures: [Architecture]
    let assumptions: [Assumption]

    init(_ c: Comparison) {
      scenario = c.scenario
      description = c.description
      priceBook = c.book
      monthHours = c.month.hours
      monthConvention = c.month.label
      currency = c.book.currency
      architectures = c.results.map(Architecture.init)
      assumptions = c.allAssumptions
    }
  }

  struct Architecture: Encodable {
    let name: String
    let kind: String
    let total: String
    let categories: [String: String]
    let sizing: Sizing
    let lines: [Line]

    init(_ r: ArchitectureResult) {
      name = r.name
      kind = r.kind.rawValue
      total = ExactDecimal.plain(r.total)
      categories = Dictionary(uniqueKeysWithValues: CostCategory.allCases.map { ($0.rawValue, ExactDecimal.plain(r.cost($0))) })
      sizing = r.sizing
      lines = r.lines.map(Line.init)
    }
  }

  /// Money as exact decimal strings, so no JSON reader rounds it through binary floating point.
  struct Line: Encodable {
    let description: String
    let category: String
    let quantity: String
    let unit: String
    let unitPrice: String
    let cost: String
    let priceRow: String
    let assumption: String

    init(_ l: CostLine) {
      description = l.description
      category = l.category.rawValue
      quantity = ExactDecimal.plain(l.quantity)
      unit = l.unit.rawValue
      unitPrice = ExactDecimal.plain(l.unitPrice)
      cost = ExactDecimal.plain(l.cost)
      priceRow = l.priceRow
      assumption = l.assumption
    }
  }
}
