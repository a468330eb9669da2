/// Gregorian calendar dates and Unix days, without the process calendar, time zone or locale.
///
/// Howard Hinnant's `days_from_civil` / `civil_from_days` ("chrono-compatible low-level date
/// algorithms"), proleptic Gregorian, UTC. Pure arithmetic, so the core can bill calendar months.
public enum CivilDate {
  /// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
  static let epochDayOffset = 719_468
  /// Days in a 400-year Gregorian cycle.
  static let daysPer400Years = 146_097
  static let secondsPerDay = 86_400.0

  /// Days since 1970-01-01 of a Gregorian date.
  public static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * daysPer400Years + dayOfEra - epochDayOffset
  }

  /// The Gregorian date `days` after 1970-01-01 (the inverse of ``days(year:month:day:)``).
  public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + epochDayOffset
    let era = (z >= 0 ? z : z - daysPer400Years + 1) / daysPer400Years
    let dayOfEra = z - era * daysPer400Years
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// An instant as ISO 8601 in UTC, `2026-01-01T00:00:00Z`; fractions of a second are dropped.
  public static func timestamp(_ instant: Double) -> String {
    let day = Int((instant / secondsPerDay).rounded(.down))
    let second = Int(instant - Double(day) * secondsPerDay)
    let d = date(days: day)
    return "\(padded(d.year, 4))-\(padded(d.month, 2))-\(padded(d.day, 2))T"
      + "\(padded(second / 3_600, 2)):\(padded(second % 3_600 / 60, 2)):\(padded(second % 60, 2))Z"
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// The UTC date of an instant in seconds since 1970-01-01T00:00:00Z.
  public static func date(of instant: Double) -> (year: Int, month: Int, day: Int) {
    date(days: Int((instant / secondsPerDay).rounded(.down)))
  }
}
