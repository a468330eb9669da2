import Foundation
import StreamCost

/// The CSV files of a comparison, as text. Column orders are stable; new columns are only appended.
public enum ReportCSV {
  public static let summaryColumns = summaryRequiredColumns + ["row_type"]
  /// The columns a reader of `summary.csv` needs: a file written before `row_type` still reads.
  public static let summaryRequiredColumns = ["scenario", "architecture", "category", "monthly_cost", "currency"]
  /// `row_type` of a category row and of a total row, so a pivot can keep one kind and count nothing twice.
  public static let categoryRow = "category"
  public static let totalRow = "total"
  public static let lineItemColumns = [
    "ChargeDescription", "ServiceCategory", "ServiceSubcategory", "PricingQuantity", "PricingUnit", "ListUnitPrice",
    "ListCost", "BillingCurrency", "x_Scenario", "x_Architecture", "x_CostCategory", "x_PriceRow", "x_Assumption",
  ]
  public static let assumptionColumns = [
    "scenario", "architecture", "name", "value", "unit", "origin", "uncertain", "source",
  ]
  public static let sizingColumns = ["scenario", "architecture", "role", "instance", "metric", "value", "unit", "note"]

  /// Every file `compare --out` writes, by file name.
  public static func files(_ comparison: Comparison) -> [(name: String, contents: String)] {
    [
      ("summary.csv", summary(comparison)),
      ("line_items.csv", lineItems(comparison)),
      ("assumptions.csv", assumptions(comparison)),
      ("sizing.csv", sizing(comparison)),
      (RunInfoCSV.fileName, RunInfoCSV.document(comparison)),
    ]
  }

  /// One row per architecture and category (zeros included, `row_type` `category`), then its total
  /// (`row_type` `total`). Exact amounts.
  public static func summary(_ c: Comparison) -> String {
    var rows: [[CSVCell]] = []
    for result in c.results {
      for category in CostCategory.allCases {
        rows.append([
          .text(c.scenario), .text(result.name), .text(category.rawValue), .decimal(result.cost(category)), .text(c.book.currency),
          .text(categoryRow),
        ])
      }
      rows.append([.text(c.scenario), .text(result.name), .text("total"), .decimal(result.total), .text(c.book.currency), .text(totalRow)])
    }
    return CSVWriter.document(header: summaryColumns, rows: rows)
  }

  /// FOCUS-aligned line items: quantity × list unit price = list cost, exactly.
  public static func lineItems(_ c: Comparison) -> String {
    let rows = c.results.flatMap { result in
      result.lines.map { line -> [CSVCell] in
        [
          .text(line.description), .text(line.serviceCategory), .text(line.serviceSubcategory),
          .decimal(line.quantity), .text(line.unit.rawValue), .decimal(line.unitPrice), .decimal(line.cost),
          .text(c.book.currency), .text(c.scenario), .text(result.name), .text(line.category.rawValue),
          .text(line.priceRow), .text(line.assumption),
        ]
      }
    }
    return CSVWriter.document(header: lineItemColumns, rows: rows)
  }

  /// Every parameter used: scenario-wide rows (empty architecture) then each architecture's.
  public static func assumptions(_ c: Comparison) -> String {
    let rows = c.allAssumptions.map { a -> [CSVCell] in
      [
        .text(c.scenario), .text(a.scope), .text(a.name), .text(a.value), .text(a.unit), .text(a.origin.rawValue),
        .text(a.uncertain ? "true" : "false"), .text(a.source),
      ]
    }
    return CSVWriter.document(header: assumptionColumns, rows: rows)
  }

  /// Brokers and why, each constraint's requirement, and the figures behind the bill.
  public static func sizing(_ c: Comparison) -> String {
    var rows: [[CSVCell]] = []
    for result in c.results {
      let s = result.sizing
      func row(_ metric: String, _ value: CSVCell, _ unit: String, _ note: String) {
        rows.append([.text(c.scenario), .text(result.name), .text(s.role), .text(s.instance.name), .text(metric), value, .text(unit), .text(note)])
      }
      row("count", .int(s.count), s.role, "bound by \(s.binding.rawValue); \(s.countBeforeHeadroom) before failure headroom")
      row("count before headroom", .int(s.countBeforeHeadroom), s.role, countRounding(result))
      for requirement in s.requirements {
        row("required for \(requirement.constraint.rawValue)", .double(requirement.brokers), s.role, requirement.detail)
      }
      for figure in s.figures {
        row(figure.name, .double(figure.value), figure.unit, figure.note)
      }
    }
    return CSVWriter.document(header: sizingColumns, rows: rows)
  }

  /// How the count before headroom was rounded: to a multiple of the AZ count, unless the
  /// architecture's assumptions show `round_to_azs: false`.
  static func countRounding(_ result: ArchitectureResult) -> String {
    let unrounded = result.assumptions.contains { $0.name.hasSuffix(".round_to_azs") && $0.value == "false" }
    return unrounded
      ? "largest requirement, rounded up to whole brokers (round_to_azs: false)"
      : "largest requirement, rounded up to a multiple of the AZ count"
  }
}
