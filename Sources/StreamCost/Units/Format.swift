import Foundation

/// Human-readable renderings of quantities for messages and assumption notes.
///
/// Locale-independent, so messages and CSV notes are byte-identical everywhere.
public enum Format {
  /// `7d`, `6h`, `30m`, `250ms`: the largest unit that divides the span exactly.
  public static func duration(_ span: TimeSpan) -> String {
    let s = span.seconds
    for (unit, length) in [("w", 604_800.0), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]
    where s >= length && (s / length).rounded() == s / length {
      return "\(number(s / length))\(unit)"
    }
    if s < 1 { return "\(number(s * 1_000))ms" }
    return "\(number(s))s"
  }

  /// `104.86 MB/s`: rates in decimal megabytes per second, as scenarios mostly write them.
  public static func rate(_ rate: DataRate) -> String {
    "\(number(rate.megabytesPerSecond, places: 2)) MB/s"
  }

  /// `1,234.5 GiB`, `12 TiB`: sizes in binary units.
  public static func size(_ size: DataSize) -> String {
    let units = [("PiB", 1_125_899_906_842_624.0), ("TiB", 1_099_511_627_776), ("GiB", 1_073_741_824), ("MiB", 1_048_576), ("KiB", 1_024)]
    for (unit, scale) in units where size.bytes >= scale {
      return "\(number(size.bytes / scale, places: 2)) \(unit)"
    }
    return "\(number(size.bytes)) B"
  }

  /// `80%`.
  /// `1 feed`, `2 feeds`: a count and its noun, plural unless the count is one.
  public static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

  public static func percent(_ share: Fraction) -> String { "\(number(share.percent, places: 2))%" }

  /// A plain number with at most `places` decimals, trailing zeros dropped, no grouping.
  public static func number(_ value: Double, places: Int = 6) -> String {
    let text = fixed(value, places: places)
    // Bytes, not Foundation's `contains`, which searches with a locale (a sweep formats thousands).
    guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
    var trimmed = Substring(text)
    while trimmed.last == "0" { trimmed = trimmed.dropLast() }
    if trimmed.last == "." { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// `value` with exactly `places` decimals, as C's `printf("%.*f")` writes it in the C locale
  /// (what `String(format:)` writes too, at a fraction of the cost: sizing notes format
  /// thousands of figures in a sweep). The C locale is set for the call on this thread only, so
  /// the separator is `.` whatever locale a host program has set.
  static func fixed(_ value: Double, places: Int) -> String {
    guard let c = cNumeric else { return String(format: "%.\(places)f", value) }
    let previous = uselocale(c)
    defer { uselocale(previous) }
    // Room for the largest Double in full (309 digits), a sign, a point and the decimals.
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
      let written = withVaList([Int32(places), value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
      guard written >= 0, Int(written) < buffer.count else { return String(format: "%.\(places)f", value) }
      return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(written)), as: UTF8.self)
    }
  }

  /// The C locale's number formatting, made once (nil if the C library cannot make it).
  nonisolated(unsafe) static let cNumeric = newlocale(LC_NUMERIC_MASK, "C", nil)

  /// `1,234,567.89`: grouped with commas, fixed decimals, for terminal tables.
  public static func grouped(_ value: Decimal, places: Int = 2) -> String {
    let rounded = ExactDecimal.round(value, places: places)
    let negative = rounded < 0
    let text = ExactDecimal.plain(negative ? -rounded : rounded)
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    while fraction.count < places { fraction += "0" }
    var integer = ""
    for (i, ch) in parts[0].reversed().enumerated() {
      if i > 0 && i % 3 == 0 { integer.append(",") }
      integer.append(ch)
    }
    let body = String(integer.reversed()) + (places > 0 ? "." + fraction : "")
    return negative ? "-" + body : body
  }
}
