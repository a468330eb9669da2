import Foundation
import Testing

/// `streamcost pricing diff OLD NEW`, run as a user would: a report, so exit 0 with or without differences.
@Suite(.serialized)
struct PricingDiffEndToEndTests {
  static let shipped = "pricing/aws/us-east-1/2026-07-20"

  /// The shipped book with s3.standard.put's price 0.005 → 0.0055 (rates.csv, the row with tier_start 0).
  static func dearerPuts() throws -> URL {
    try CLIHarness.bookCopy(editing: "rates.csv") { lines in
      let i = try #require(lines.firstIndex { $0.hasPrefix("s3.standard.put,") })
      #expect(lines[i].contains(",1000 Requests,0,0.005,"))
      lines[i] = lines[i].replacingOccurrences(of: ",1000 Requests,0,0.005,", with: ",1000 Requests,0,0.0055,")
    }
  }

  /// 0.005 → 0.0055 is (0.0055 − 0.005) ÷ 0.005 = +10 %.
  @Test func aChangedPriceShowsItsRelativeChange() throws {
    let book = try Self.dearerPuts()
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, book.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "price book diff: aws/us-east-1@2026-07-20 (\(Self.shipped)) → aws/us-east-1@2026-07-20 (\(book.path))")
    #expect(lines.contains("0 rows added, 0 removed, 1 field changed"))
    #expect(lines.contains { $0.split(separator: " ") == ["rates/s3.standard.put", "price", "0.005", "0.0055", "+10.0%"] })
  }

  @Test func theCSVHasTheExactRelativeChange() throws {
    let book = try Self.dearerPuts()
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, book.path, "--format", "csv"])
    #expect(result.status == 0)
    #expect(result.stdout == "change,row,field,old,new,relative_change\r\nchanged,rates/s3.standard.put,price,0.005,0.0055,0.1\r\n")
  }

  @Test func aBookAgainstItselfHasNoDifferences() throws {
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, Self.shipped])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("\nno differences\n"))
    #expect(result.stdout.split(separator: "\n").count == 2)
  }

  /// An added instance and a removed one (instances.csv), and an added fourth S3 storage tier.
  @Test func addedAndRemovedRowsAreListed() throws {
    let book = try CLIHarness.bookCopy(editing: "instances.csv") { lines in lines.removeAll { $0.hasPrefix("r6i.large,") } }
    try CLIHarness.editBook(book, "rates.csv") { lines in
      let i = try #require(lines.lastIndex { $0.hasPrefix("s3.standard.storage,") })
      lines.insert(lines[i].replacingOccurrences(of: ",512000,0.021,", with: ",1024000,0.020,"), at: i + 1)
    }
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, book.path, "--format", "csv"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout
        == "change,row,field,old,new,relative_change\r\nadded,rates/s3.standard.storage#4,,,,\r\nremoved,instances/r6i.large,,,,\r\n")
  }

  @Test func aMissingFolderExits66() throws {
    let missing = try CLIHarness.temporaryDirectory().appendingPathComponent("nope").path
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, missing])
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "streamcost: error: \(missing): is not a price book folder (accepted: a folder holding book.csv, instances.csv, rates.csv and facts.csv)\n")
    #expect(result.stdout == "")
  }

  /// A broken price (rates.csv record 8 is s3.standard.put) exits 65 naming the file, record and column.
  @Test func aBadBookExits65AndBothBooksAreChecked() throws {
    let broken = try CLIHarness.bookCopy(editing: "rates.csv") { lines in
      lines[7] = lines[7].replacingOccurrences(of: ",0,0.005,", with: ",0,cheap,")
    }
    let missing = try CLIHarness.temporaryDirectory().appendingPathComponent("nope").path
    let result = try CLIHarness.run(["pricing", "diff", broken.path, Self.shipped])
    #expect(result.status == 65)
    #expect(CLIHarness.errorLines(result) == ["streamcost: error: \(broken.path)/rates.csv:8: column price: 'cheap' is not a number (accepted: a plain decimal such as 0.023)"])
    // Problems of both books are reported together; the unreadable one sets the status.
    let both = try CLIHarness.run(["pricing", "diff", broken.path, missing])
    #expect(both.status == 66)
    #expect(CLIHarness.errorLines(both).count == 2)
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try CLIHarness.run(["pricing", "diff", Self.shipped, Self.shipped, "--format", "json"])
    #expect(result.status == 64)
  }
}
