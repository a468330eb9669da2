import Foundation

/// Reads quantities written with units, as scenarios and price books spell them.
///
/// Decimal prefixes (KB, MB, GB = 10^3, 10^6, 10^9 bytes) and binary prefixes
/// (KiB, MiB, GiB = 2^10, 2^20, 2^30 bytes) are distinct, as in IEC 80000-13.
/// Unit symbols are case-sensitive except for the duration and rate-period
/// suffixes, so `mb` is rejected instead of silently meaning megabits or megabytes.
public enum QuantityParser {
  /// Accepted size units and their size in bytes.
  public static let sizeUnits: [(symbol: String, bytes: Double)] = [
    ("B", 1),
    ("KB", 1e3), ("kB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("PB", 1e15),
    ("KiB", 1_024), ("MiB", 1_048_576), ("GiB", 1_073_741_824),
    ("TiB", 1_099_511_627_776), ("PiB", 1_125_899_906_842_624),
  ]

  /// Accepted duration units and their length in seconds. A month is the
  /// 730-hour billing month (docs/model.md §0.2); a year is 12 such months.
  public static let durationUnits: [(symbol: String, seconds: Double)] = [
    ("ms", 0.001), ("s", 1), ("sec", 1), ("m", 60), ("min", 60), ("h", 3_600),
    ("d", 86_400), ("day", 86_400), ("days", 86_400), ("w", 604_800),
    ("mo", ModelConstants.hoursPerBillingMonth * 3_600),
    ("y", 12 * ModelConstants.hoursPerBillingMonth * 3_600),
  ]

  static let sizeAccepted =
    "B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024), e.g. '1 KiB'"
  static let rateAccepted =
    "B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024) per s, min, h or d, e.g. '300 MB/s', '1.5 GiB/s', '2 TB/d'"
  static let durationAccepted = "a number with ms, s, m, h, d, w, mo (730 h) or y, e.g. '7d', '250ms'"
  static let percentAccepted = "a percentage such as '80%' or a fraction such as 0.8"
  static let moneyAccepted = "an amount such as '$0.02' or '0.02 USD'"
  static let growthAccepted = "a percentage per month such as '5%/month'"

  /// Parses a data size such as `1 KiB` or `10 GiB`.
  public static func size(_ text: String) throws(UnitParseError) -> DataSize {
    let (number, unit) = try split(text, expected: "data size", accepted: sizeAccepted)
    guard let bytes = sizeUnits.first(where: { $0.symbol == unit })?.bytes else {
      throw UnitParseError(
        input: text, expected: "data size", reason: unknownUnit(unit), accepted: sizeAccepted)
    }
    return DataSize(bytes: number * bytes)
  }

  /// Parses a data rate such as `300 MB/s` or `1.5 GiB/s`.
  public static func rate(_ text: String) throws(UnitParseError) -> DataRate {
    let (number, unit) = try split(text, expected: "data rate", accepted: rateAccepted)
    let parts = unit.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2,
      let bytes = sizeUnits.first(where: { $0.symbol == String(parts[0]) })?.bytes
    else {
      throw UnitParseError(
        input: text, expected: "data rate", reason: unknownUnit(unit), accepted: rateAccepted)
    }
    let periods: [String: Double] = ["s": 1, "sec": 1, "min": 60, "h": 3_600, "d": 86_400, "day": 86_400]
    guard let period = periods[parts[1].lowercased()] else {
      throw UnitParseError(
        input: text, expected: "data rate", reason: "unknown period '/\(parts[1])'",
        accepted: rateAccepted)
    }
    return DataRate(bytesPerSecond: number * bytes / period)
  }

  /// Parses a duration such as `7d`, `12h` or `250ms`.
  public static func duration(_ text: String) throws(UnitParseError) -> TimeSpan {
    let (number, unit) = try split(text, expected: "duration", accepted: durationAccepted)
    guard let seconds = durationUnits.first(where: { $0.symbol == unit.lowercased() })?.seconds else {
      throw UnitParseError(
        input: text, expected: "duration", reason: unknownUnit(unit), accepted: durationAccepted)
    }
    return TimeSpan(seconds: number * seconds)
  }

  /// Parses a share written as `80%`, or as a bare fraction `0.8`.
  public static func fraction(_ text: String) throws(UnitParseError) -> Fraction {
    let trimmed = text.trimmingBlanks
    if trimmed.hasSuffix("%") {
      let body = trimmed.dropLast().trimmingBlanks
      guard let p = Double(body), p.isFinite else {
        throw UnitParseError(
          input: text, expected: "percentage", reason: "'\(body)' is not a number",
          accepted: percentAccepted)
      }
      return .percent(p)
    }
    guard let v = Double(trimmed), v.isFinite else {
      throw UnitParseError(
        input: text, expected: "percentage", reason: "no '%' and not a plain number",
        accepted: percentAccepted)
    }
    return Fraction(v)
  }

  /// Parses a compounding growth rate such as `5%/month` into a fraction per month.
  public static func growth(_ text: String) throws(UnitParseError) -> Fraction {
    let parts = text.split(separator: "/", maxSplits: 1).map {
      $0.trimmingBlanks
    }
    guard parts.count == 2, ["month", "mo"].contains(parts[1].lowercased()), parts[0].hasSuffix("%")
    else {
      throw UnitParseError(
        input: text, expected: "growth rate", reason: "expected '<percent>%/month'",
        accepted: growthAccepted)
    }
    do {
      return try fraction(parts[0])
    } catch {
      throw UnitParseError(
        input: text, expected: "growth rate", reason: error.reason, accepted: growthAccepted)
    }
  }

  /// Parses an amount of money such as `$0.02` or `0.02 USD`, exactly.
  public static func money(_ text: String) throws(UnitParseError) -> Decimal {
    var body = text.trimmingBlanks
    if body.hasPrefix("$") {
      body.removeFirst()
    } else if body.hasSuffix("USD") {
      body = String(body.dropLast(3)).trimmingBlanks
    } else {
      throw UnitParseError(
        input: text, expected: "money amount", reason: "no currency ('$' or 'USD')",
        accepted: moneyAccepted)
    }
    guard let value = ExactDecimal.parse(body) else {
      throw UnitParseError(
        input: text, expected: "money amount", reason: "'\(body)' is not a decimal number",
        accepted: moneyAccepted)
    }
    return value
  }

  /// Splits `"1.5 GiB/s"` into `(1.5, "GiB/s")`. The number must be finite and not negative.
  static func split(
    _ text: String, expected: String, accepted: String
  ) throws(UnitParseError) -> (Double, String) {
    if let split = asciiSplit(text) { return split }
    return try splitAnyText(text, expected: expected, accepted: accepted)
  }

  /// ``split(_:expected:accepted:)`` of any text, by characters and Unicode blanks; the errors' words.
  static func splitAnyText(
    _ text: String, expected: String, accepted: String
  ) throws(UnitParseError) -> (Double, String) {
    let trimmed = text.trimmingBlanks
    let numberEnd =
      trimmed.firstIndex(where: { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
      ?? trimmed.endIndex
    let numberText = String(trimmed[..<numberEnd])
    let unit = trimmed[numberEnd...].trimmingBlanks
    guard !numberText.isEmpty, let number = Double(numberText), number.isFinite else {
      throw UnitParseError(
        input: text, expected: expected, reason: "it does not start with a number",
        accepted: accepted)
    }
    guard number >= 0 else {
      throw UnitParseError(
        input: text, expected: expected, reason: "it is negative", accepted: accepted)
    }
    guard !unit.isEmpty else {
      throw UnitParseError(input: text, expected: expected, reason: "the unit is missing", accepted: accepted)
    }
    return (number, unit)
  }

  /// ``split(_:expected:accepted:)`` of well-formed ASCII text, read byte by byte (for ASCII, a
  /// number character is a digit and a blank a space or tab); nil for anything else, which the
  /// general path reads (and words the error for).
  static func asciiSplit(_ text: String) -> (Double, String)? {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    let isNumber = { (byte: UInt8) in
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+")
    }
    guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
      return nil
    }
    let numberEnd = bytes[first...last].firstIndex { !isNumber($0) } ?? last + 1
    guard numberEnd > first, numberEnd <= last, let unitStart = bytes[numberEnd...last].firstIndex(where: { !isBlank($0) }),
      let number = Double(String(decoding: bytes[first..<numberEnd], as: UTF8.self)), number.isFinite, number >= 0
    else { return nil }
    return (number, String(decoding: bytes[unitStart...last], as: UTF8.self))
  }

  static func unknownUnit(_ unit: String) -> String {
    if ["mb", "gb", "kb", "tb"].contains(unit.lowercased().prefix(2).description)
      && unit.first?.isLowercase == true
    {
      return "unknown unit '\(unit)' (units are case-sensitive: write MB or MiB)"
    }
    return "unknown unit '\(unit)'"
  }
}
