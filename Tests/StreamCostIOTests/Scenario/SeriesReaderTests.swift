import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Reading measured-series CSV files (Fixtures/Series, described in its README). Record numbers
/// count the header as record 1; wording is SeriesReader's and CSVTable's.
struct SeriesReaderTests {
  static let t0 = 1_767_225_600.0  // 2026-01-01T00:00:00Z
  static let orderAccepted = "(accepted: timestamps in strictly increasing order, one row per instant)"

  func fixture(_ name: String) throws -> String {
    try TestSupport.fixtures.appendingPathComponent("Series/\(name)").path
  }

  @Test func isoTimestampsAreRead() throws {
    let path = try fixture("hourly.csv")
    let s = try SeriesReader.read(path)
    #expect(s.source == path)
    #expect(s.times == [Self.t0, Self.t0 + 3_600, Self.t0 + 7_200])
    #expect(s.bytesPerSecond == [0, 100_000_000, 100_000_000])
  }

  @Test func unixSecondsAndGapsAreRead() throws {
    let s = try SeriesReader.read(try fixture("gap.csv"))
    #expect(s.times == [Self.t0, Self.t0 + 3_600, Self.t0 + 3 * 3_600])
    #expect(s.bytesPerSecond == [0, 100_000_000, 300_000_000])
  }

  @Test func offsetsAndMixedFormsAreConvertedToUTC() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("mixed.csv").path
    try "timestamp,bytes_per_second,host\n2026-01-01T02:00:00+02:00,5,a\n1767229200.5,6.5,b\n2026-01-02,7,c\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let s = try SeriesReader.read(path)
    // +02:00 → midnight UTC; Unix seconds as written; a date is midnight UTC; the extra column is ignored.
    #expect(s.times == [Self.t0, Self.t0 + 3_600.5, Self.t0 + 86_400])
    #expect(s.bytesPerSecond == [5, 6.5, 7])
  }

  @Test func aSeriesWithNoRowsIsRejected() throws {
    let path = try fixture("no-rows.csv")
    let e = try singleInputError { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(
      e.description == "\(path): has a header but no data rows (accepted: a header timestamp,bytes_per_second, then one row per sample)")
  }

  @Test func anOutOfOrderRowIsRejectedNotSorted() throws {
    let path = try fixture("out-of-order.csv")
    let e = try singleInputError { () throws(InputErrors) in try SeriesReader.read(path) }
    // Record 4 (01:00) follows record 3 (02:00); record 5 (03:00) is in order after record 3.
    #expect(
      e.description
        == "\(path):4: column timestamp: '2026-01-01T01:00:00Z' is earlier than record 3 ('2026-01-01T02:00:00Z'): "
        + "rows are out of order \(Self.orderAccepted)")
  }

  @Test func aRepeatedTimestampIsRejected() throws {
    let path = try fixture("duplicate.csv")
    let e = try singleInputError { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(e.description == "\(path):4: column timestamp: '2026-01-01T01:00:00Z' repeats the time of record 3 \(Self.orderAccepted)")
  }

  @Test func badValuesAreEachNamed() throws {
    let path = try fixture("bad-values.csv")
    let errors = inputErrors { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(
      errors.map(\.description) == [
        "\(path):3: column bytes_per_second: 'fast' is not a number (accepted: bytes per second as a plain number such as 125000000)",
        "\(path):4: column bytes_per_second: '-5' is negative (accepted: bytes per second, 0 or more)",
      ])
  }

  @Test func badTimestampsAreEachNamed() throws {
    let path = try fixture("bad-timestamps.csv")
    let errors = inputErrors { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(errors.map(\.line) == [2, 3, 4, 5])
    #expect(errors.allSatisfy { $0.field == "column timestamp" && $0.accepted == SeriesReader.timestampAccepted })
    #expect(
      errors.map(\.message) == [
        "'2026-01-01 00:00' is not an ISO 8601 date-time",
        "'yesterday' is not a timestamp",
        "'1767225600000' is after the year 9999 as Unix seconds (milliseconds?)",
        "'2026-01-01T03:00:00' is not an ISO 8601 date-time",
      ])
  }

  @Test func aMissingColumnIsNamed() throws {
    let path = try fixture("missing-column.csv")
    let e = try singleInputError { () throws(InputErrors) in try SeriesReader.read(path) }
    // CSVTable checks the header (record 1) before any row.
    #expect(e.description == "\(path):1: header lacks column(s) timestamp (accepted: columns timestamp,bytes_per_second)")
  }

  @Test func aSeriesThatIsZeroEverywhereIsRejected() throws {
    let path = try fixture("all-zero.csv")
    let e = try singleInputError { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(
      e.description
        == "\(path): column bytes_per_second: is 0 on every row: a series with no traffic has no shape (accepted: a series with some traffic)")
  }

  @Test func manyProblemsAreCountedAfterTheFirstTen() throws {
    let path = try TestSupport.temporaryDirectory().appendingPathComponent("ms.csv").path
    let rows = (0..<25).map { "\(1_767_225_600_000 + $0 * 1_000),1" }
    try (["timestamp,bytes_per_second"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let errors = inputErrors { () throws(InputErrors) in try SeriesReader.read(path) }
    // 25 rows in milliseconds: records 2 to 11 are listed (SeriesReader.maximumReported), then 15 more.
    #expect(errors.count == 11)
    #expect(errors.prefix(10).map(\.line) == Array(2...11))
    #expect(errors.last?.description == "\(path): and 15 more problem(s) like these")
  }

  @Test func aMissingFileIsUnreadable() throws {
    let path = try TestSupport.temporaryDirectory().appendingPathComponent("nowhere.csv").path
    let errors = inputErrors { () throws(InputErrors) in try SeriesReader.read(path) }
    #expect(errors.map(\.description) == ["\(path): no such file"])
    #expect(InputErrors(errors).kind == .unreadable)
  }
}
