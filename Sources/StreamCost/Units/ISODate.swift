/// Checks ISO 8601 calendar dates (`YYYY-MM-DD`) without the process calendar or locale.
public enum ISODate {
  /// Year, month and day of a valid `YYYY-MM-DD` (an ISO date-time's date part is accepted), else nil.
  public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
    let date = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1, d <= daysIn(year: y, month: m)
    else { return nil }
    return (y, m, d)
  }

  public static func isValid(_ text: String) -> Bool { parse(text) != nil }

  /// Days in a Gregorian month.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
