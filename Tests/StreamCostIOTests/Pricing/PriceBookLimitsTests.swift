import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Price-book numbers are bounded where they are read, `book.csv` keys are checked, and tier rows
/// are gathered in one pass and sorted once.
struct PriceBookLimitsTests {
  /// The issue's `vcpu` of 1e20 trapped converting to Int; it is now refused at its row and column.
  @Test func aVCPUCountPastTheLimitIsRefused() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 2, "m6i.large,2,", with: "m6i.large,100000000000000000000,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.file == book.file("instances.csv"))
    #expect(e.line == 2)
    #expect(e.field == "column vcpu")
    #expect(e.message == "100000000000000000000 is above the limit of 10,000")
  }

  @Test func aNetworkBandwidthBelowTheLimitIsRefused() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 2, ",0.781,", with: ",1e-300,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.field == "column network_baseline_gbps")
    #expect(e.message == "1e-300 is below the limit of 0.01")
  }

  @Test func aPricePastTheLimitIsRefused() throws {
    let book = try BookCopy()
    try book.replace("rates.csv", line: 2, ",0,0.08,", with: ",0,1e308,")
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // ExactDecimal reads only plain decimals, so 1e308 is not a number at all; a plain huge one is over the limit.
    #expect(errors.map(\.field) == ["column price"])
    let plain = try BookCopy()
    try plain.replace("rates.csv", line: 2, ",0,0.08,", with: ",0,10000000,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(plain.path) }
    #expect(e.message == "10000000 is above the limit of 1,000,000")
  }

  /// A second `currency` row used to win silently; now the row is named.
  @Test func aRepeatedBookKeyIsRefused() throws {
    let book = try BookCopy()
    try book.edit("book.csv") { $0.append("currency,EUR") }
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // The shipped book.csv has a header and fourteen keys (its own five and the FOCUS billing
    // keys), so the appended row is record 16.
    #expect(e.file == book.file("book.csv"))
    #expect(e.line == 16)
    #expect(e.message == "'currency' is given twice")
  }

  @Test func anUnknownBookKeyIsRefusedWithTheNearest() throws {
    let book = try BookCopy()
    try book.edit("book.csv") { $0.append("curency,EUR") }
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.line == 16)
    #expect(e.message == "unknown key 'curency': did you mean 'currency'?")
    #expect(e.accepted == "provider, region, as_of, currency, title, provider_name, publisher_name, invoice_issuer_name, region_name, pricing_category, service_name.<price-row family>")
  }

  /// 20,000 tier rows of one rate, written in descending order of start, read back sorted
  /// (the 10,000 rows took 5 s and 100,000 took 424 s; sorting once keeps this linear
  /// but for the sort). The property checked is order, not time.
  @Test func manyTierRowsAreSortedOnce() throws {
    let book = try BookCopy()
    let count = 20_000
    try book.edit("rates.csv") { lines in
      let put = lines.first { $0.hasPrefix("s3.standard.put,") }!
      for start in stride(from: count, to: 0, by: -1) {
        lines.append(put.replacingOccurrences(of: ",1000 Requests,0,", with: ",1000 Requests,\(start * 1_000),"))
      }
    }
    let loaded = try PriceBookLoader.load(book.path)
    let starts = try #require(loaded.rates["s3.standard.put"]).tiers.map(\.start)
    #expect(starts.count == count + 1)
    #expect(starts == (0...count).map { Decimal($0 * 1_000) })
  }

  /// Two rows of one rate with the same tier start: the later row is named.
  @Test func aTierStartGivenTwiceNamesTheLaterRow() throws {
    let book = try BookCopy()
    try book.edit("rates.csv") { lines in
      lines.append(lines.first { $0.hasPrefix("s3.standard.put,") }!)
    }
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.line == 12)
    #expect(e.message == "tier of 's3.standard.put' starting at 0 is listed twice")
  }
}
