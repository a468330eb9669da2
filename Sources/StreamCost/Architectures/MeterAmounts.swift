/// Where `meter` writes a step's amounts, one per meter line in line order: a run of doubles the
/// caller owns and sizes once for its lines, so the simulator's every step writes in place,
/// without growing an array or checking that it is uniquely referenced.
///
/// It writes into memory it does not own: a value is valid only while that buffer lives (inside
/// ``collect(lines:_:)``'s closure, or a simulator step loop), and must not be kept beyond it.
///
/// Made with ``init(adding:)`` it adds each amount to what the buffer holds instead: a step that
/// needs no amount of its own adds straight into its month's totals.
public struct MeterAmounts {
  private let buffer: UnsafeMutableBufferPointer<Double>
  /// Whether `append` adds to the buffer's values rather than replacing them.
  private let adding: Bool
  /// Amounts written so far.
  public private(set) var count = 0
  /// Lines whose amount is always the line before's (bit i: line i), marked by ``appendTwice(_:)``
  /// when adding: only the first of the two is added to, and the caller copies it into the second
  /// once its steps are done.
  public private(set) var twins: UInt64 = 0

  /// Amounts written into `buffer`, which must outlive this value.
  init(_ buffer: UnsafeMutableBufferPointer<Double>) {
    self.buffer = buffer
    adding = false
    buffer.update(repeating: 0)
  }

  /// Amounts added to `totals` (one per line, in line order), which must outlive this value.
  init(adding totals: UnsafeMutableBufferPointer<Double>) {
    buffer = totals
    adding = true
  }

  /// Adds `amount` to the next line: written, not added, the buffer's lines start at zero.
  @inline(__always)
  public mutating func append(_ amount: Double) {
    precondition(count < buffer.count, "more amounts than the \(buffer.count) meter lines")
    buffer[count] += amount
    count += 1
  }

  /// Appends `amount` to the next two lines (a flow's bytes sent and received). Adding, it adds to
  /// the first only and marks the second its twin (``twins``): both would add the same amounts.
  @inline(__always)
  public mutating func appendTwice(_ amount: Double) {
    precondition(count + 1 < buffer.count && count + 1 < 64, "more amounts than the \(buffer.count) meter lines")
    buffer[count] += amount
    if adding { twins |= 1 << UInt64(count + 1) } else { buffer[count + 1] += amount }
    count += 2
  }

  /// Starts again from the first line (zeroing the lines written, unless adding).
  @inline(__always)
  public mutating func removeAll() {
    if !adding { UnsafeMutableBufferPointer(rebasing: buffer[..<count]).update(repeating: 0) }
    count = 0
  }

  public subscript(line: Int) -> Double {
    precondition(!adding, "amounts added to totals are not kept")
    precondition(line >= 0 && line < count, "line \(line) has no amount yet")
    return buffer[line]
  }

  /// Calls `body` with the amounts written so far.
  func withAmounts<R>(_ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    precondition(!adding, "amounts added to totals are not kept")
    return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
  }

  /// The amounts `write` appends, for at most `lines` lines, as an array.
  public static func collect(lines: Int, _ write: (inout MeterAmounts) -> Void) -> [Double] {
    var values = [Double](repeating: 0, count: lines)
    let count = values.withUnsafeMutableBufferPointer { buffer in
      var amounts = MeterAmounts(buffer)
      write(&amounts)
      return amounts.count
    }
    values.removeLast(lines - count)
    return values
  }
}
