import Testing

@testable import StreamCost

/// Unit parsing: decimal and binary prefixes are distinct (IEC 80000-13), durations
/// use fixed lengths, and every failure says what was expected.
struct QuantityParserTests {
  @Test func decimalAndBinaryRatesDiffer() throws {
    // 300 MB/s = 300 × 10^6 B/s; 1.5 GiB/s = 1.5 × 2^30 B/s = 1,610,612,736 B/s.
    #expect(try QuantityParser.rate("300 MB/s").bytesPerSecond == 300_000_000)
    #expect(try QuantityParser.rate("1.5 GiB/s").bytesPerSecond == 1_610_612_736)
    #expect(try QuantityParser.rate("100 MiB/s").bytesPerSecond == 104_857_600)
    #expect(try QuantityParser.rate("800 KB/s").bytesPerSecond == 800_000)
    // 2 TB/d = 2 × 10^12 B over 86,400 s.
    #expect(try QuantityParser.rate("2 TB/d").bytesPerSecond == 2e12 / 86_400)
  }

  @Test func durations() throws {
    #expect(try QuantityParser.duration("7d").seconds == 604_800)
    #expect(try QuantityParser.duration("12h").seconds == 43_200)
    #expect(try QuantityParser.duration("250ms").seconds == 0.25)
    #expect(try QuantityParser.duration("30m").seconds == 1_800)
    #expect(try QuantityParser.duration("2w").seconds == 1_209_600)
    // A month is the 730-hour billing month: 730 × 3600 s.
    #expect(try QuantityParser.duration("1mo").seconds == 2_628_000)
  }

  @Test func sizesPercentagesGrowthAndMoney() throws {
    #expect(try QuantityParser.size("1 KiB").bytes == 1_024)
    #expect(try QuantityParser.size("1 KB").bytes == 1_000)
    #expect(try QuantityParser.size("10 GiB").bytes == 10_737_418_240)
    #expect(try QuantityParser.fraction("80%").value == 0.8)
    #expect(try QuantityParser.fraction("0.7").value == 0.7)
    #expect(try QuantityParser.growth("5%/month").value == 0.05)
    #expect(try QuantityParser.money("$0.02") == ExactDecimal.parse("0.02"))
    #expect(try QuantityParser.money("0.0004 USD") == ExactDecimal.parse("0.0004"))
  }

  @Test func unknownUnitsAreRejectedWithTheAcceptedList() {
    #expect(throws: UnitParseError.self) { try QuantityParser.rate("300 mb/s") }
    do {
      _ = try QuantityParser.rate("300 mb/s")
    } catch {
      #expect(error.reason.contains("case-sensitive"))
      #expect(error.accepted.contains("MiB"))
    }
    #expect(throws: UnitParseError.self) { try QuantityParser.duration("7 fortnights") }
    #expect(throws: UnitParseError.self) { try QuantityParser.rate("300 MB") }
    #expect(throws: UnitParseError.self) { try QuantityParser.rate("300 MB/week") }
    #expect(throws: UnitParseError.self) { try QuantityParser.size("lots") }
    #expect(throws: UnitParseError.self) { try QuantityParser.money("0.02") }
    #expect(throws: UnitParseError.self) { try QuantityParser.growth("5%") }
  }

  @Test func negativeAndMissingNumbersAreRejected() {
    do {
      _ = try QuantityParser.rate("-5 MB/s")
      Issue.record("a negative rate was accepted")
    } catch {
      #expect(error.reason == "it is negative")
    }
    #expect(throws: UnitParseError.self) { try QuantityParser.duration("h") }
    #expect(throws: UnitParseError.self) { try QuantityParser.duration("12") }
  }
}

/// Quantities are trimmed of the blanks Foundation's `.whitespaces` trims: tabs and every
/// Unicode space separator, and nothing else.
struct BlankTrimmingTests {
  @Test func trimsWhatWhitespacesTrims() {
    let texts = [
      "", " ", "\t", "  7d  ", "\t300 MB/s\t", "\u{00A0}80%\u{2003}", "1 KiB", " a b ", "\n5h\n", "\u{3000}x",
    ]
    for text in texts {
      #expect(text.trimmingBlanks == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
    }
  }

  /// A value padded with tabs and no-break spaces still parses.
  @Test func paddedQuantitiesParse() throws {
    #expect(try QuantityParser.rate("\t300 MB/s\u{00A0}").bytesPerSecond == 300e6)
    #expect(try QuantityParser.fraction(" 80 % ").value == 0.8)
  }
}

/// Plain ASCII quantities are split byte by byte; the split is the one the general reader makes
/// by characters and Unicode blanks, and anything it cannot read is left to that reader (and its
/// words for the error).
struct ASCIISplitTests {
  @Test func splitsAsTheGeneralReaderDoes() throws {
    let texts = [
      "300 MB/s", "1.5GiB/s", "\t7d\t", "  250 ms ", "0.8 x", "+3 h", "1e3 MB/s", "12 34 MB", "10\r\n h",
    ]
    for text in texts {
      let ascii = try #require(QuantityParser.asciiSplit(text), "\(text.debugDescription)")
      let general = try QuantityParser.splitAnyText(text, expected: "quantity", accepted: "")
      #expect(ascii == general, "\(text.debugDescription)")
    }
  }

  /// Empty, blank, unitless, negative, numberless, malformed and non-ASCII text go to the general
  /// reader, which refuses the first six with its own reasons.
  @Test func leavesTheRestToTheGeneralReader() throws {
    for text in ["", "  ", "300", "-5 MB/s", "MB/s", "5.5.5 h", "nan MB/s", "300\u{00A0}MB/s", "٣ MB/s"] {
      #expect(QuantityParser.asciiSplit(text) == nil, "\(text.debugDescription)")
    }
    for text in ["", "  ", "300", "-5 MB/s", "MB/s", "5.5.5 h"] {
      #expect(throws: UnitParseError.self) { try QuantityParser.split(text, expected: "quantity", accepted: "") }
    }
    #expect(try QuantityParser.rate("300\u{00A0}MB/s").bytesPerSecond == 300e6)
  }
}
