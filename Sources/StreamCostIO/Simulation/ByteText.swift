import StreamCost

/// Plain numbers and UTC instants appended as UTF-8 bytes to a buffer, byte-identical to
/// `Format.number(_:)` (six places, trailing zeros dropped) and ``ISOTimestamp/format(_:)``.
///
/// Why: a year at one-minute steps is two million timeline rows of twenty numbers each;
/// `String(format:)` per number would dominate the run. The fast path is exact (see
/// ``appendNumber(_:to:)``); any value it cannot prove it renders identically goes through
/// `Format.number` itself.
enum ByteText {
  /// Decimals `Format.number` keeps by default, and 10 to that power.
  static let places = 6
  static let scale = 1_000_000.0
  static let scaleInteger: UInt64 = 1_000_000
  /// Largest magnitude on the fast path: below 2^53, so its whole part is an exact integer.
  static let fastLimit = 1e15
  /// How far from a rounding tie (in millionths) the fast path must be. Its product carries an
  /// error below 1.2e-10 millionths (10^6 × 2^-53), so this margin leaves the rounding certain.
  static let tieMargin = 1e-6
  static let zero = UInt8(ascii: "0")
  static let minus = UInt8(ascii: "-")
  static let point = UInt8(ascii: ".")

  /// Appends `Format.number(value)`.
  ///
  /// The whole part `w = ⌊|v|⌋` and the fraction `|v| − w` are both exact in binary; the fraction
  /// times 10^6 is within 1.2e-10 of its exact value, so away from a tie it rounds to the same
  /// integer as `%.6f` rounds the exact value. Ties, non-finite and huge values fall back.
  static func appendNumber(_ value: Double, to out: inout [UInt8]) {
    let magnitude = value.magnitude
    guard value.isFinite, magnitude < fastLimit else { return fallback(value, to: &out) }
    var whole = magnitude.rounded(.down)
    let millionths = (magnitude - whole) * scale
    guard (millionths - millionths.rounded(.down) - 0.5).magnitude > tieMargin else { return fallback(value, to: &out) }
    var fraction = UInt64(millionths.rounded())
    if fraction == scaleInteger {
      whole += 1
      fraction = 0
    }
    let integer = UInt64(whole)
    if value < 0 && (integer > 0 || fraction > 0) { out.append(minus) }
    appendInteger(integer, to: &out)
    guard fraction > 0 else { return }
    var digits = places
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    out.append(point)
    appendDigits(fraction, count: digits, to: &out)
  }

  static func fallback(_ value: Double, to out: inout [UInt8]) {
    out.append(contentsOf: Format.number(value).utf8)
  }

  /// Appends `String(value)`.
  static func appendInteger(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(minus) }
    appendInteger(value.magnitude, to: &out)
  }

  static func appendInteger(_ value: UInt64, to out: inout [UInt8]) {
    var count = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    appendDigits(value, count: count, to: &out)
  }

  static func appendInteger(_ value: UInt, to out: inout [UInt8]) { appendInteger(UInt64(value), to: &out) }

  /// The last `count` decimal digits of `value`, zero-padded on the left.
  static func appendDigits(_ value: UInt64, count: Int, to out: inout [UInt8]) {
    let start = out.count
    out.append(contentsOf: repeatElement(zero, count: count))
    var rest = value
    var index = start + count - 1
    while index >= start {
      out[index] = zero + UInt8(rest % 10)
      rest /= 10
      index -= 1
    }
  }

  /// Appends ``ISOTimestamp/format(_:)`` of `instant` (s since the epoch): `2026-01-01T00:00:00Z`,
  /// fractions of a second dropped.
  static func appendInstant(_ instant: Double, to out: inout [UInt8]) {
    let date = ISOTimestamp.date(of: instant)
    let second = Int(TimeGrid.secondOfDay(instant))
    let secondsPerHour = Int(ISOTimestamp.secondsPerHour)
    let secondsPerMinute = Int(ISOTimestamp.secondsPerMinute)
    guard (0...9_999).contains(date.year) else {
      return out.append(contentsOf: ISOTimestamp.format(instant).utf8)
    }
    appendDigits(UInt64(date.year), count: 4, to: &out)
    out.append(minus)
    appendDigits(UInt64(date.month), count: 2, to: &out)
    out.append(minus)
    appendDigits(UInt64(date.day), count: 2, to: &out)
    out.append(UInt8(ascii: "T"))
    appendDigits(UInt64(second / secondsPerHour), count: 2, to: &out)
    out.append(UInt8(ascii: ":"))
    appendDigits(UInt64(second % secondsPerHour / secondsPerMinute), count: 2, to: &out)
    out.append(UInt8(ascii: ":"))
    appendDigits(UInt64(second % secondsPerMinute), count: 2, to: &out)
    out.append(UInt8(ascii: "Z"))
  }
}
