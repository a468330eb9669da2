import Foundation
import StreamCost

/// Reads and writes ISO 8601 instants (seconds since 1970-01-01T00:00:00Z) without the process
/// calendar, time zone or locale, so a scenario means the same instant on every machine.
///
/// Accepted: a date `2026-01-01` (midnight UTC), or a date-time `2026-01-01T06:30Z`,
/// `2026-01-01T06:30:00Z`, `2026-01-01T06:30:00.250Z`, with `Z` or an offset such as `+02:00`.
/// A date-time without a zone is refused rather than guessed.
enum ISOTimestamp {
  /// What the messages list as accepted.
  static let accepted = "an ISO 8601 date such as 2026-01-01 (midnight UTC), or a date-time with a zone such as 2026-01-01T06:30:00Z"

  /// Seconds in a minute and an hour, for the time-of-day fields.
  static let secondsPerMinute = 60.0
  static let secondsPerHour = TimeGrid.secondsPerHour

  /// True when `text` starts like a date (`YYYY-`), so it is read as an instant rather than a duration.
  static func looksLikeDate(_ text: String) -> Bool {
    let head = Array(text.prefix(5))
    return head.count == 5 && head[0..<4].allSatisfy(\.isASCII) && head[0..<4].allSatisfy(\.isNumber) && head[4] == "-"
  }

  /// The instant `text` names, or nil when it is not an accepted form.
  static func parse(_ text: String) -> Double? {
    let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts[0].count == 10, let date = ISODate.parse(parts[0]) else { return nil }
    let midnight = Double(days(year: date.year, month: date.month, day: date.day)) * TimeGrid.secondsPerDay
    guard parts.count == 2 else { return midnight }
    guard let time = timeOfDay(parts[1]) else { return nil }
    return midnight + time
  }

  /// `hh:mm[:ss[.fff]]` and a zone, as seconds after midnight UTC (may fall outside one day with an offset).
  static func timeOfDay(_ text: String) -> Double? {
    let (clock, zoneOffset): (Substring, Double)
    if text.hasSuffix("Z") {
      (clock, zoneOffset) = (text.dropLast(), 0)
    } else if let sign = text.lastIndex(where: { $0 == "+" || $0 == "-" }), let zone = offset(text[sign...]) {
      (clock, zoneOffset) = (text[..<sign], zone)
    } else {
      return nil
    }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(fields.count), fields[0].count == 2, fields[1].count == 2,
      let hour = Int(fields[0]), let minute = Int(fields[1]), (0..<24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    var seconds = 0.0
    if fields.count == 3 {
      guard fields[2].count >= 2, fields[2].prefix(2).allSatisfy(\.isNumber), let s = Double(fields[2]), s >= 0, s < secondsPerMinute
      else { return nil }
      seconds = s
    }
    return Double(hour) * secondsPerHour + Double(minute) * secondsPerMinute + seconds - zoneOffset
  }

  /// `+hh:mm` or `-hh:mm` as seconds east of UTC.
  static func offset(_ text: Substring) -> Double? {
    let sign: Double = text.first == "-" ? -1 : 1
    let fields = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2, fields[0].count == 2, fields[1].count == 2, let h = Int(fields[0]), let m = Int(fields[1]),
      (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    return sign * (Double(h) * secondsPerHour + Double(m) * secondsPerMinute)
  }

  /// `2026-01-01T00:00:00Z`; fractions of a second are dropped (``CivilDate/timestamp(_:)``).
  static func format(_ instant: Double) -> String { CivilDate.timestamp(instant) }

  /// The UTC calendar date of `instant` (``CivilDate``).
  static func date(of instant: Double) -> (year: Int, month: Int, day: Int) { CivilDate.date(of: instant) }

  /// Days since 1970-01-01 of a Gregorian date (``CivilDate``).
  static func days(year: Int, month: Int, day: Int) -> Int { CivilDate.days(year: year, month: month, day: day) }

  /// The Gregorian date `days` after 1970-01-01 (``CivilDate``).
  static func date(_ days: Int) -> (year: Int, month: Int, day: Int) { CivilDate.date(days: days) }
}
