/// A number that steps divide by, fixed for a run: divided by as written, or multiplied by its
/// reciprocal when that gives the very same result.
///
/// For a power of two 2^k, x ÷ 2^k and x × 2^−k are the same real number, so both round alike,
/// and a multiplication costs a fraction of a division. The defaults divide by many powers of
/// two (8 MiB batches, 4 MiB read chunks, 1 GiB segments, fan-in 32); other numbers are divided by.
struct Divisor: Sendable {
  let value: Double
  /// 1 ÷ value, used only when `exact`.
  private let reciprocal: Double
  /// Whether value is a power of two whose reciprocal is a normal number.
  private let exact: Bool

  init(_ value: Double) {
    self.value = value
    reciprocal = 1 / value
    exact = value.isNormal && value > 0 && value.significandBitPattern == 0 && reciprocal.isNormal
  }

  @inline(__always)
  static func / (x: Double, divisor: Divisor) -> Double {
    divisor.exact ? x * divisor.reciprocal : x / divisor.value
  }
}
