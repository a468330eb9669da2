import Foundation
import Testing

@testable import StreamCost

/// Pricing: unit conversion, tiers split into one line each, quantity × price exact.
struct PricerTests {
  let pricer = Pricer(book: TestBook.book, monthHours: 730)

  /// 60,000 GiB held a whole month crosses S3's first tier (51,200 GiB = 50 TB at 1 TB = 1,024 GB):
  /// 51,200 × $0.023 + 8,800 × $0.022 = 1,177.60 + 193.60 = 1,371.20.
  @Test func tieredStorageIsSplitAcrossTiers() throws {
    let usage = Usage(
      .objectStorage, "Data", price: .rate(.objectStorage),
      amount: .storage(byteHours: 60_000 * 1_073_741_824 * 730), basis: "")
    let lines = try pricer.price(usage)
    #expect(lines.map(\.quantity) == [51_200, 8_800].map { Decimal($0) })
    #expect(lines.map(\.cost) == [Decimal(string: "1177.6")!, Decimal(string: "193.6")!])
    #expect(lines[1].description.contains("tier 2"))
  }

  /// A 672-hour calendar month (February 2026) bills 1 GiB held 672 h as 1 GiB-month.
  @Test func storageMonthFollowsTheMonthConvention() throws {
    let february = Pricer(book: TestBook.book, monthHours: MonthConvention.calendar(label: "2026-02", days: 28).hours)
    let usage = Usage(.blockStorage, "Disk", price: .rate(.blockStorage), amount: .storage(byteHours: 1_073_741_824 * 672), basis: "")
    #expect(try february.price(usage).first?.quantity == 1)
  }

  @Test func quantitiesRoundToSixDecimalsAndCostIsExact() throws {
    // 1 GB = 10^9 B = 0.931322574615… GiB → 0.931323 GiB; × $0.01 = 0.00931323 exactly.
    let usage = Usage(.crossAZProducer, "x", price: .rate(.interAZOut), amount: .transfer(bytes: 1e9), basis: "")
    let line = try #require(try pricer.price(usage).first)
    #expect(line.quantity == Decimal(string: "0.931323")!)
    #expect(line.cost == Decimal(string: "0.00931323")!)
  }

  @Test func missingRateAndWrongDimensionAreErrors() {
    var book = TestBook.book
    book.rates[book.facts.rateID(.objectGet)] = nil
    let usage = Usage(.objectRequests, "GET", price: .rate(.objectGet), amount: .requests(1_000), basis: "")
    #expect(throws: PricingError.missingRate("s3.standard.get", book: "aws/us-east-1@2026-07-20")) {
      try Pricer(book: book, monthHours: 730).price(usage)
    }
    let wrong = Usage(.objectRequests, "GET", price: .rate(.objectPut), amount: .transfer(bytes: 1), basis: "")
    #expect(throws: PricingError.self) { try pricer.price(wrong) }
    #expect(book.validateRates() == ["required rate 's3.standard.get' is missing"])
  }
}
