import Testing

@testable import StreamCost

/// Instants as ISO 8601 UTC text, worked from Unix seconds without a calendar object.
@Suite struct CivilDateTests {
  @Test func instantsPrintAsISO8601InUTC() {
    // GNU date -u -d @1767225600: 2026-01-01T00:00:00Z; +2,628,000 s (730 h): 2026-01-31T10:00:00Z.
    #expect(CivilDate.timestamp(1_767_225_600) == "2026-01-01T00:00:00Z")
    #expect(CivilDate.timestamp(1_769_853_600) == "2026-01-31T10:00:00Z")
    // 2024-02-29T23:59:59Z (a leap day, the last second): 1,709,251,199.
    #expect(CivilDate.timestamp(1_709_251_199) == "2024-02-29T23:59:59Z")
    #expect(CivilDate.timestamp(0) == "1970-01-01T00:00:00Z")
  }

  @Test func fractionsOfASecondAreDropped() {
    #expect(CivilDate.timestamp(1_767_225_600.75) == "2026-01-01T00:00:00Z")
  }

  @Test func instantsBefore1970CountBackwards() {
    // 1969-12-31T23:59:59Z is −1 s.
    #expect(CivilDate.timestamp(-1) == "1969-12-31T23:59:59Z")
  }
}
