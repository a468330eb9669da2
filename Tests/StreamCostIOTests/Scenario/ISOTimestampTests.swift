import Testing

@testable import StreamCostIO

/// ISO 8601 instants read and written without the process calendar. Expected seconds are counted
/// from the epoch by hand: 2026-01-01 is day 20 454 (56 years, 14 of them leap: 56 × 365 + 14),
/// × 86 400 s = 1 767 225 600 s.
struct ISOTimestampTests {
  static let newYear2026 = 1_767_225_600.0

  @Test func datesAreMidnightUTC() {
    #expect(ISOTimestamp.parse("1970-01-01") == 0)
    #expect(ISOTimestamp.parse("2026-01-01") == Self.newYear2026)
    // 2026-03-01 is 31 + 28 days after 2026-01-01.
    #expect(ISOTimestamp.parse("2026-03-01") == Self.newYear2026 + 59 * 86_400)
    // 2024 is a leap year: 2024-03-01 is a day after 2024-02-29; 2000-03-01 is day 11 017.
    #expect(ISOTimestamp.parse("2024-03-01")! - ISOTimestamp.parse("2024-02-29")! == 86_400)
    #expect(ISOTimestamp.parse("2000-03-01") == 11_017.0 * 86_400)
  }

  @Test func dateTimesNeedAZone() {
    #expect(ISOTimestamp.parse("2026-01-01T06:30Z") == Self.newYear2026 + 6.5 * 3_600)
    #expect(ISOTimestamp.parse("2026-01-01T06:30:15Z") == Self.newYear2026 + 6.5 * 3_600 + 15)
    #expect(ISOTimestamp.parse("2026-01-01T06:30:15.250Z") == Self.newYear2026 + 6.5 * 3_600 + 15.25)
    // 02:00 at UTC+2 is midnight UTC; 18:30 at UTC−05:30 is midnight UTC the next day.
    #expect(ISOTimestamp.parse("2026-01-01T02:00:00+02:00") == Self.newYear2026)
    #expect(ISOTimestamp.parse("2025-12-31T18:30:00-05:30") == Self.newYear2026)
    #expect(ISOTimestamp.parse("1969-12-31T23:59:59Z") == -1)
  }

  @Test(arguments: [
    "", "2026", "2026-1-1", "2026-02-30", "2026-13-01", "2026-01-01T06:00:00", "2026-01-01 06:00Z",
    "2026-01-01T24:00Z", "2026-01-01T06:60Z", "2026-01-01T6:00Z", "2026-01-01T06:00:61Z", "2026-01-01T06:00+2",
    "2026-01-01T06:00+02:00:00", "2026-01-01Z", "10d",
  ])
  func malformedInstantsAreRefused(_ text: String) {
    #expect(ISOTimestamp.parse(text) == nil)
  }

  @Test func formattingIsUTCToTheSecond() {
    #expect(ISOTimestamp.format(Self.newYear2026) == "2026-01-01T00:00:00Z")
    #expect(ISOTimestamp.format(Self.newYear2026 + 59 * 86_400 + 3_723.9) == "2026-03-01T01:02:03Z")
    #expect(ISOTimestamp.format(-1) == "1969-12-31T23:59:59Z")
  }

  @Test func daysAndDatesAreInverse() {
    for day in stride(from: -800_000, through: 800_000, by: 997) {
      let date = ISOTimestamp.date(day)
      #expect(ISOTimestamp.days(year: date.year, month: date.month, day: date.day) == day)
    }
    #expect(ISOTimestamp.date(of: Self.newYear2026 - 1) == (2025, 12, 31))
  }

  @Test func onlyYearDashLooksLikeADate() {
    #expect(ISOTimestamp.looksLikeDate("2026-01-01"))
    #expect(!ISOTimestamp.looksLikeDate("10d"))
    #expect(!ISOTimestamp.looksLikeDate("1767225600"))
    #expect(!ISOTimestamp.looksLikeDate("26-01-01"))
  }
}
