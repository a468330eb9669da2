import Foundation
import StreamCost

/// `monthly.csv`: the bill month by month, per architecture and category, for growth forecasts.
///
/// Columns (stable; new columns are only appended):
///
/// | column | meaning |
/// |---|---|
/// | `scenario` | the scenario's name |
/// | `month` | 1 for the first billed month of the horizon, 2 for the next, … |
/// | `month_start` | the month's first instant, ISO 8601 UTC `YYYY-MM-DDTHH:MM:SSZ` |
/// | `billed_hours` | hours of the month the horizon bills: the month's length (730, or the calendar month's), or fewer when the horizon starts or ends inside it |
/// | `architecture` | the architecture's name |
/// | `category` | a `CostCategory` raw value (`compute`, `block_storage`, …), or `total` |
/// | `cost` | the month's cost in that category, exact (tiers applied per month) |
/// | `currency` | the price book's currency |
/// | `row_type` | `category` for a category row, `total` for the month's sum: a pivot keeps one kind |
///
/// Each month gives, per architecture, one row per category (zeros included, every
/// `CostCategory.allCases`) then a `total` row: the exact sum of that month's priced lines, so
/// the category rows add up to it to the last digit.
public enum MonthlyCSV {
  public static let fileName = "monthly.csv"
  public static let columns = requiredColumns + ["row_type"]
  /// The columns a reader needs: a file written before `row_type` still reads.
  public static let requiredColumns = ["scenario", "month", "month_start", "billed_hours", "architecture", "category", "cost", "currency"]
  /// The `category` of each month's per-architecture sum.
  public static let totalCategory = "total"

  /// The file's text: the header, then months in order, architectures in scenario order.
  public static func document(_ result: SimulationResult, scenario: String, currency: String) -> String {
    var rows: [[CSVCell]] = []
    for month in result.months {
      let head: [CSVCell] = [
        .text(scenario), .int(month.index + 1), .text(ISOTimestamp.format(month.start)), .double(min(month.hours, month.billedHours)),
      ]
      for architecture in month.results {
        for category in CostCategory.allCases {
          rows.append(
            head + [
              .text(architecture.name), .text(category.rawValue), .decimal(architecture.cost(category)), .text(currency),
              .text(ReportCSV.categoryRow),
            ])
        }
        rows.append(
          head + [.text(architecture.name), .text(totalCategory), .decimal(architecture.total), .text(currency), .text(ReportCSV.totalRow)])
      }
    }
    return CSVWriter.document(header: columns, rows: rows)
  }
}
