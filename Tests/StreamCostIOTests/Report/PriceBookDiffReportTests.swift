import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// `pricing diff` output: the terminal table and the CSV, on the shipped book and an edited copy.
struct PriceBookDiffReportTests {
  static func shipped() throws -> PriceBook { try PriceBookLoader.load(TestSupport.shippedBook) }

  /// The shipped book with s3.standard.put 0.005 → 0.0055 (+10 %), r6i.large dropped, a burst cleared.
  static func edited() throws -> PriceBook {
    var book = try shipped()
    book.rates["s3.standard.put"]!.tiers[0].price = Decimal(string: "0.0055")!
    book.instances["r6i.large"] = nil
    book.instances["m6i.large"]!.networkBurst = nil
    book.info.location = "edited"
    return book
  }

  @Test func identicalBooksPrintNoDifferences() throws {
    let book = try Self.shipped()
    let text = PriceBookDiffReport.table(PriceBookDiff(old: book, new: book), old: book.info, new: book.info)
    #expect(text == "price book diff: aws/us-east-1@2026-07-20 (\(TestSupport.shippedBook)) → aws/us-east-1@2026-07-20 (\(TestSupport.shippedBook))\nno differences\n")
    #expect(PriceBookDiffReport.csv(PriceBookDiff(old: book, new: book)) == "change,row,field,old,new,relative_change\r\n")
  }

  @Test func theTableListsEachSectionWithSignedPercentages() throws {
    let (old, new) = (try Self.shipped(), try Self.edited())
    let text = PriceBookDiffReport.table(PriceBookDiff(old: old, new: new), old: old.info, new: new.info)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[1] == "0 rows added, 1 removed, 2 fields changed")
    #expect(text.contains("\nremoved\n  instances/r6i.large\n"))
    #expect(!text.contains("\nadded\n"))
    // m6i.large's burst was 12.5 Gbit/s in instances.csv; cleared, it shows as (absent) with no percentage.
    let words = lines.map { $0.split(separator: " ").map(String.init) }
    #expect(words.contains(["instances/m6i.large", "network_burst", "12.5", "(absent)"]))
    #expect(words.contains(["rates/s3.standard.put", "price", "0.005", "0.0055", "+10.0%"]))
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func theCSVHasOneRowPerAddedRemovedOrChangedItemWithSixSignificantDigits() throws {
    let csv = PriceBookDiffReport.csv(PriceBookDiff(old: try Self.edited(), new: try Self.shipped()))
    let records = try CSVReader.records(csv, file: "diff.csv")
    #expect(records == [
      ["change", "row", "field", "old", "new", "relative_change"],
      ["added", "instances/r6i.large", "", "", "", ""],
      ["changed", "instances/m6i.large", "network_burst", "", "12.5", ""],
      // 0.0055 → 0.005: −0.0005 ÷ 0.0055 = −1/11 = −0.0909090…, to six significant digits.
      ["changed", "rates/s3.standard.put", "price", "0.0055", "0.005", "-0.0909091"],
    ])
    #expect(records.last?.last?.hasPrefix("-0.090909") == true)
  }
}
