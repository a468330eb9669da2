import Foundation

/// Exact conversions between text, binary floating point and `Decimal`.
///
/// Money is `Decimal` from the price book to the printed cent; physics
/// quantities are `Double`. A quantity crosses into money only through
/// ``rounded(_:places:)``, so every cost is exactly quantity × unit price
/// as both are printed.
public enum ExactDecimal {
  /// Digits kept after the decimal point when a physical quantity is priced.
  public static let quantityPlaces = 6

  /// Parses a plain decimal number (`0.0004`, `12`, `-3.5`, `1e-3`) exactly,
  /// independent of the process locale. Returns nil for anything else.
  public static func parse(_ text: String) -> Decimal? {
    let t = text.trimmingBlanks
    guard !t.isEmpty,
      t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      t.first(where: { $0.isNumber }) != nil
    else { return nil }
    guard let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")), !d.isNaN else {
      return nil
    }
    return d
  }

  /// `value` rounded half-away-from-zero to `places` decimals, as an exact `Decimal`.
  public static func rounded(_ value: Double, places: Int = quantityPlaces) -> Decimal {
    let scaled = units(value, places: places)
    if abs(scaled) < 9.0e18 {
      return Decimal(
        sign: scaled < 0 ? .minus : .plus, exponent: -places,
        significand: Decimal(UInt64(abs(scaled))))
    }
    let text = String(format: "%.\(places)f", value)
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
  }

  /// `value` rounded as ``rounded(_:places:)`` rounds it, kept in floating point (for ranking
  /// many candidates quickly; the exact `Decimal` decides close calls).
  public static func roundedDouble(_ value: Double, places: Int = quantityPlaces) -> Double {
    units(value, places: places) / scale(places)
  }

  /// `value` in whole units of 10^−places, rounded half away from zero.
  static func units(_ value: Double, places: Int) -> Double {
    (value * scale(places)).rounded(.toNearestOrAwayFromZero)
  }

  /// 10^places (worked out once for ``quantityPlaces``, which rankings use thousands of times a run).
  static func scale(_ places: Int) -> Double {
    places == quantityPlaces ? quantityScale : pow(10.0, Double(places))
  }

  static let quantityScale = pow(10.0, Double(quantityPlaces))

  /// `value` rounded to `places` decimals with banker's-free half-up rounding.
  public static func round(_ value: Decimal, places: Int) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, places, .plain)
    return result
  }

  /// Plain text for CSV and JSON: no exponent, no grouping, `.` as separator,
  /// trailing zeros removed.
  public static func plain(_ value: Decimal) -> String {
    var s = NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    if s.contains("e") || s.contains("E") {
      s = "\(value)"
    }
    return s
  }
}

extension Decimal {
  /// The nearest `Double`: for charts, ratios and floating-point estimates, never for money.
  public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }
}
