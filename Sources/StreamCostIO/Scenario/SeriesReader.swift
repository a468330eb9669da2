import StreamCost

/// Reads a measured throughput series, as exported from a metrics system: a CSV file with a header
/// and the columns `timestamp,bytes_per_second` (other columns are ignored).
///
/// - `timestamp`: an ISO 8601 UTC date-time such as `2026-01-01T00:00:00Z` (a date, or an offset such
///   as `+02:00`, is accepted too), or Unix seconds such as `1767225600`.
/// - `bytes_per_second`: a plain number, 0 or more.
///
/// Rows must be in strictly increasing time order: an out-of-order or repeated timestamp is an error,
/// never silently sorted or merged, since it usually means two exports were concatenated. Gaps are
/// allowed (``MeasuredSeries/resampled(on:)`` bridges them linearly). Every problem names the file,
/// the record (the header is record 1) and the column.
public enum SeriesReader {
  public static let timestampColumn = "timestamp"
  public static let rateColumn = "bytes_per_second"
  /// Problems listed one by one before the rest are counted, so a file in the wrong unit does not flood the terminal.
  static let maximumReported = 10
  /// Unix seconds beyond 9999-12-31T23:59:59Z: such a timestamp is almost surely in milliseconds.
  static let latestUnixSeconds = 253_402_300_799.0

  static let format = "a header timestamp,bytes_per_second, then one row per sample"
  static let timestampAccepted = "\(ISOTimestamp.accepted), or Unix seconds such as 1767225600"

  /// The series in the CSV file at `path`.
  public static func read(_ path: String) throws(InputErrors) -> MeasuredSeries {
    let table = try CSVTable(path: path, required: [timestampColumn, rateColumn])
    guard !table.rows.isEmpty else {
      throw InputErrors([InputError(file: path, message: "has a header but no data rows", accepted: format)])
    }
    var times: [Double] = []
    var rates: [Double] = []
    var problems: [InputError] = []
    var previous: (time: Double, record: Int, text: String)?
    for index in table.rows.indices {
      let row = table.row(index)
      do throws(InputError) {
        let time = try timestamp(row)
        let rate = try bytesPerSecond(row)
        if let previous { try checkOrder(row, time: time, after: previous) }
        previous = (time, row.record, row.text(timestampColumn))
        times.append(time)
        rates.append(rate)
      } catch {
        problems.append(error)
      }
    }
    if problems.isEmpty && rates.allSatisfy({ $0 == 0 }) {
      problems.append(
        InputError(
          file: path, field: "column \(rateColumn)", message: "is 0 on every row: a series with no traffic has no shape",
          accepted: "a series with some traffic"))
    }
    guard problems.isEmpty else { throw InputErrors(summarised(problems, file: path)) }
    return MeasuredSeries(source: path, times: times, bytesPerSecond: rates)
  }

  /// The `timestamp` cell as seconds since the epoch.
  static func timestamp(_ row: CSVTable.Row) throws(InputError) -> Double {
    let text = try row.required(timestampColumn)
    if ISOTimestamp.looksLikeDate(text) {
      guard let instant = ISOTimestamp.parse(text) else {
        throw row.error(timestampColumn, "'\(text)' is not an ISO 8601 date-time", accepted: timestampAccepted)
      }
      return instant
    }
    guard let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
      throw row.error(timestampColumn, "'\(text)' is not a timestamp", accepted: timestampAccepted)
    }
    guard seconds <= latestUnixSeconds else {
      throw row.error(
        timestampColumn, "'\(text)' is after the year 9999 as Unix seconds (milliseconds?)", accepted: timestampAccepted)
    }
    return seconds
  }

  /// The `bytes_per_second` cell: a finite number, 0 or more.
  static func bytesPerSecond(_ row: CSVTable.Row) throws(InputError) -> Double {
    let text = try row.required(rateColumn)
    guard let value = Double(text), value.isFinite else {
      throw row.error(rateColumn, "'\(text)' is not a number", accepted: "bytes per second as a plain number such as 125000000")
    }
    guard value >= 0 else {
      throw row.error(rateColumn, "'\(text)' is negative", accepted: "bytes per second, 0 or more")
    }
    return value
  }

  /// Throws unless `time` is later than the previous row's.
  static func checkOrder(_ row: CSVTable.Row, time: Double, after previous: (time: Double, record: Int, text: String))
    throws(InputError)
  {
    let text = row.text(timestampColumn)
    let accepted = "timestamps in strictly increasing order, one row per instant"
    if time == previous.time {
      throw row.error(timestampColumn, "'\(text)' repeats the time of record \(previous.record)", accepted: accepted)
    }
    if time < previous.time {
      throw row.error(
        timestampColumn, "'\(text)' is earlier than record \(previous.record) ('\(previous.text)'): rows are out of order",
        accepted: accepted)
    }
  }

  /// The first ``maximumReported`` problems, then one line counting the rest.
  static func summarised(_ problems: [InputError], file: String) -> [InputError] {
    guard problems.count > maximumReported else { return problems }
    let more = problems.count - maximumReported
    return Array(problems.prefix(maximumReported)) + [InputError(file: file, message: "and \(more) more problem(s) like these")]
  }
}
