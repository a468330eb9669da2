import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A copy of the shipped price book in a temporary folder, to break one line at a time.
struct BookCopy {
  let directory: URL
  var path: String { directory.path }

  init() throws {
    directory = try TestSupport.temporaryDirectory().appendingPathComponent("book")
    try FileManager.default.copyItem(atPath: TestSupport.shippedBook, toPath: directory.path)
  }

  func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Edits `name` as CRLF-separated lines (line 1 is the header), then writes it back the same way.
  func edit(_ name: String, _ change: (inout [String]) throws -> Void) throws {
    let url = directory.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasSuffix("\r\n"), "the shipped \(name) ends its lines with CRLF")
    var lines = text.components(separatedBy: "\r\n")
    lines.removeLast()  // after the final CRLF
    try change(&lines)
    try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
  }

  /// Replaces the first occurrence of `old` in line `number` (1-based) of `name`.
  func replace(_ name: String, line number: Int, _ old: String, with new: String) throws {
    try edit(name) { lines in
      let line = lines[number - 1]
      let range = try #require(line.range(of: old), "line \(number) of \(name) does not contain \(old)")
      lines[number - 1] = line.replacingCharacters(in: range, with: new)
    }
  }

  /// Removes the line of `name` that starts with `prefix`; there must be exactly one.
  func removeLine(_ name: String, startingWith prefix: String) throws {
    try edit(name) { lines in
      let matches = lines.indices.filter { lines[$0].hasPrefix(prefix) }
      try #require(matches.count == 1, "\(name) has \(matches.count) lines starting with \(prefix)")
      lines.remove(at: matches[0])
    }
  }
}

/// Reading price books: the shipped one loads; each broken copy names the file, row, column and what is accepted.
///
/// Row numbers are CSV record numbers (header = 1) in the shipped files, which have one record per line:
/// instances.csv row 2 is m6i.large, row 3 m6i.xlarge; rates.csv row 8 is s3.standard.put.
@Suite struct PriceBookLoaderTests {
  @Test func theShippedBookLoads() throws {
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    // Counts from pricing/aws/us-east-1/2026-07-20: instances.csv has 51 data rows, rates.csv 10 rows for 8 ids.
    #expect(book.info.label == "aws/us-east-1@2026-07-20")
    #expect(book.info.currency == "USD")
    #expect(book.instances.count == 51)
    #expect(book.rates.count == 8)
    #expect(Set(book.rates.keys) == Set(RateRole.allCases.map(book.facts.rateID)))
    let s3 = try #require(book.rates["s3.standard.storage"])
    // rates.csv: S3 Standard tiers start at 0, 50 TB (51200 GiB) and 500 TB (512000 GiB).
    #expect(s3.unit == .gibMonths)
    #expect(s3.tiers.map(\.start) == [0, 51200, 512000])
    #expect(s3.tiers.map(\.price) == [Decimal(string: "0.023")!, Decimal(string: "0.022")!, Decimal(string: "0.021")!])
    // instances.csv row 2: m6i.large, 2 vCPU, 0.096 USD per hour.
    let m6i = try #require(book.instances["m6i.large"])
    #expect(m6i.vcpus == 2)
    #expect(m6i.pricePerHour == Decimal(string: "0.096")!)
  }

  /// facts.csv of the shipped book: the rows it names, gp3's 3,000 IOPS and 125 MiB/s included,
  /// 1,000 MiB/s and 16 TiB (17,592,186,044,416 bytes) per volume at most, m6i.large controllers;
  /// each with the source the file gives.
  @Test func theShippedFactsLoad() throws {
    let facts = try PriceBookLoader.load(TestSupport.shippedBook).facts
    #expect(facts.rateID(.blockStorage) == "ebs.gp3.storage")
    #expect(facts.rateID(.objectGet) == "s3.standard.get")
    #expect(facts.rateID(.interAZIn) == "ec2.transfer.inter-az.in")
    #expect(facts.blockVolume.includedIOPS == 3_000)
    #expect(facts.blockVolume.includedThroughput.bytesPerSecond == 125 * 1_048_576)
    #expect(facts.blockVolume.maxThroughput.bytesPerSecond == 1_000 * 1_048_576)
    #expect(facts.blockVolume.maxSize.bytes == 17_592_186_044_416)
    #expect(facts.controllerInstance == "m6i.large")
    #expect(facts.source(.blockMaxSize) == "AWS EBS gp3 maximum volume size 16 TiB, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html")
    #expect(ProviderFacts.keys.allSatisfy { !(facts.sources[$0] ?? "").isEmpty })
  }

  /// A book naming another row for a role reads that row: the facts, not the code, choose it.
  @Test func aFactNamesTheRowThatPricesARole() throws {
    let book = try BookCopy()
    try book.replace("facts.csv", line: 7, "s3.standard.get", with: "s3.standard.put")
    let loaded = try PriceBookLoader.load(book.path)
    #expect(try loaded.rate(.objectGet).id == "s3.standard.put")
  }

  @Test func aMissingFactIsNamedByKey() throws {
    let book = try BookCopy()
    try book.removeLine("facts.csv", startingWith: "block_volume.max_size,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.description == "\(book.file("facts.csv")): block_volume.max_size: is missing (accepted: a row 'block_volume.max_size,<value>,<source>')")
  }

  @Test func anUnknownFactIsNamedByRow() throws {
    let book = try BookCopy()
    try book.replace("facts.csv", line: 14, "controller_instance,", with: "controller_type,")
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(errors.count == 2)
    #expect(errors.first?.line == 14)
    #expect(errors.first?.message == "'controller_type' is not a fact the models read")
    #expect(errors.last?.field == "controller_instance")
  }

  @Test func aFactWithoutUnitOrSourceIsNamedByRowAndColumn() throws {
    let book = try BookCopy()
    try book.replace("facts.csv", line: 11, "125 MiB/s", with: "125")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.line == 11 && e.field == "column value")
    #expect(e.message.hasPrefix("'125' is not a data rate"))
    let unsourced = try BookCopy()
    try unsourced.edit("facts.csv") { lines in lines[13] = "controller_instance,m6i.large," }
    let f = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(unsourced.path) }
    #expect(f.line == 14 && f.field == "column source" && f.message == "is empty")
  }

  @Test func aMissingFactsFileIsUnreadable() throws {
    let book = try BookCopy()
    try FileManager.default.removeItem(atPath: book.file("facts.csv"))
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(errors.map(\.description) == ["\(book.file("facts.csv")): no such file"])
    #expect(errors.first?.kind == .unreadable)
  }

  @Test func aMissingRequiredRateIsNamedByID() throws {
    let book = try BookCopy()
    try book.removeLine("rates.csv", startingWith: "s3.standard.get,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // RateRole lists the rates every book must carry; PriceBook.validateRates names the missing one.
    #expect(e.file == book.path + "/rates.csv")
    #expect(e.message == "required rate 's3.standard.get' is missing")
  }

  @Test func aRowWithTheWrongNumberOfFieldsIsNamedByRow() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 3, "m6i.xlarge,4,", with: "m6i.xlarge,4,extra,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // instances.csv has 11 columns; row 3 now has 12 fields.
    #expect(
      e.description
        == "\(book.file("instances.csv")):3: has 12 fields but the header has 11 "
        + "(accepted: one field per header column; quote fields that contain commas)")
  }

  @Test func aNonNumericPriceIsNamedByRowAndColumn() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 2, ",Hours,0.096,", with: ",Hours,abc,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description
        == "\(book.file("instances.csv")):2: column price: 'abc' is not a number (accepted: a plain decimal such as 0.023)")
  }

  @Test func aNegativePriceIsRejected() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 2, ",Hours,0.096,", with: ",Hours,-0.096,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description
        == "\(book.file("instances.csv")):2: column price: '-0.096' is negative (accepted: a price of 0 or more)")
  }

  @Test func aNegativeRatePriceIsRejected() throws {
    let book = try BookCopy()
    try book.replace("rates.csv", line: 8, ",1000 Requests,0,0.005,", with: ",1000 Requests,0,-0.005,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.file == book.file("rates.csv"))
    #expect(e.line == 8)
    #expect(e.field == "column price")
    #expect(e.message == "'-0.005' is negative")
  }

  @Test func anUnknownUnitListsTheKnownUnits() throws {
    let book = try BookCopy()
    try book.replace("rates.csv", line: 8, ",1000 Requests,", with: ",Requests,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // The accepted list is PricingUnit.allCases, as FOCUS spells them.
    #expect(
      e.description
        == "\(book.file("rates.csv")):8: column unit: 'Requests' is not a known pricing unit "
        + "(accepted: Hours, GiB-Months, GB-Months, GiB, GB, 1000 Requests, IOPS-Months, MiBps-Months)")
  }

  @Test func aMissingAsOfDateIsReported() throws {
    let book = try BookCopy()
    try book.removeLine("book.csv", startingWith: "as_of,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.description == "\(book.file("book.csv")): as_of: is missing (accepted: a row 'as_of,<value>')")
  }

  @Test func anAsOfThatIsNotADateIsReported() throws {
    let book = try BookCopy()
    try book.replace("book.csv", line: 4, "as_of,2026-07-20", with: "as_of,2026-13-40")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.description == "\(book.file("book.csv")): as_of: '2026-13-40' is not a date (accepted: YYYY-MM-DD)")
  }

  @Test func aBadInstanceAsOfDateIsNamedByRowAndColumn() throws {
    let book = try BookCopy()
    try book.edit("instances.csv") { lines in
      lines[1] = String(lines[1].dropLast("2026-07-20".count)) + "20/07/2026"
    }
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description
        == "\(book.file("instances.csv")):2: column as_of: '20/07/2026' is not a date (accepted: an ISO 8601 date such as 2026-07-20)"
    )
  }

  @Test func aMissingBookFileIsUnreadable() throws {
    let book = try BookCopy()
    try FileManager.default.removeItem(atPath: book.file("book.csv"))
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(errors.map(\.description) == ["\(book.file("book.csv")): no such file"])
    #expect(errors.first?.kind == .unreadable)
    #expect(InputErrors(errors).kind == .unreadable)
  }

  @Test func aFolderThatDoesNotExistIsUnreadable() throws {
    let missing = try TestSupport.temporaryDirectory().appendingPathComponent("2026-01-01").path
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(missing) }
    #expect(
      e.description
        == "\(missing): is not a price book folder (accepted: a folder holding book.csv, instances.csv, rates.csv and facts.csv)")
    #expect(e.kind == .unreadable)
  }

  @Test func aDuplicatedInstanceTypeIsNamedByRow() throws {
    let book = try BookCopy()
    try book.edit("instances.csv") { lines in lines.append(lines[1]) }  // m6i.large again, as row 53
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description
        == "\(book.file("instances.csv")):53: column type: 'm6i.large' is listed twice (accepted: one row per instance type)")
  }

  @Test func aHeaderWithoutARequiredColumnIsReported() throws {
    let book = try BookCopy()
    try book.replace("rates.csv", line: 1, ",tier_start,", with: ",tier_from,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.file == book.file("rates.csv"))
    #expect(e.line == 1)
    #expect(e.message == "header lacks column(s) tier_start")
    #expect(e.accepted == "columns id,description,service_category,service_subcategory,unit,tier_start,price,source,as_of,note")
  }

  @Test func everyProblemInOneBookIsReportedTogether() throws {
    let book = try BookCopy()
    try book.removeLine("book.csv", startingWith: "as_of,")
    try book.replace("instances.csv", line: 2, ",Hours,0.096,", with: ",Hours,abc,")
    try book.replace("instances.csv", line: 5, ",Hours,0.768,", with: ",Hours,-1,")
    try book.replace("rates.csv", line: 8, ",1000 Requests,", with: ",Requests,")
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // Four lines broken in three files: four problems, in file order book, instances, rates.
    #expect(errors.count == 4)
    #expect(errors.map(\.file) == ["book.csv", "instances.csv", "instances.csv", "rates.csv"].map(book.file))
    #expect(errors.map(\.line) == [nil, 2, 5, 8])
    #expect(errors.map(\.field) == ["as_of", "column price", "column price", "column unit"])
  }
}

/// The optional `book.csv` keys behind `focus.csv`: the shipped book names its parties; a bad category is named.
@Suite struct BookBillingKeysTests {
  @Test func theShippedBookNamesWhoBillsIt() throws {
    let billing = try #require(try PriceBookLoader.load(TestSupport.shippedBook).info.billing)
    // pricing/aws/us-east-1/2026-07-20/book.csv.
    #expect(billing.provider == "Amazon Web Services")
    #expect(billing.invoiceIssuer == "Amazon Web Services, Inc.")
    #expect(billing.regionName == "US East (N. Virginia)")
    #expect(billing.pricingCategory == .standard)
    #expect(billing.serviceNames["ebs"] == "Amazon Elastic Block Store")
  }

  @Test func aBookWithoutTheKeysHasNoBilling() throws {
    let book = try BookCopy()
    let keys = BookBillingKeys.keys + [BookBillingKeys.serviceNamePrefix]
    try book.edit("book.csv") { lines in lines.removeAll { line in keys.contains { line.hasPrefix($0) } } }
    #expect(try PriceBookLoader.load(book.path).info.billing == nil)
  }

  @Test func anUnknownPricingCategoryListsTheFocusOnes() throws {
    let book = try BookCopy()
    try book.edit("book.csv") { lines in
      let i = try #require(lines.firstIndex { $0.hasPrefix("pricing_category,") })
      lines[i] = "pricing_category,Spot"
    }
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.description == "\(book.file("book.csv")): pricing_category: 'Spot' is not a FOCUS pricing category (accepted: Standard, Committed, Dynamic, Other)")
  }

  @Test func aMissingPublisherIsTheProvider() throws {
    let book = try BookCopy()
    try book.removeLine("book.csv", startingWith: "publisher_name,")
    #expect(try PriceBookLoader.load(book.path).info.billing?.publisher == "Amazon Web Services")
  }
}
