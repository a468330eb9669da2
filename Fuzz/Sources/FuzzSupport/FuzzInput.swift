import StreamCostIO

/// libFuzzer's input: `size` bytes at `data` (which may be null when `size` is 0).
public struct FuzzInput {
  public let bytes: UnsafeBufferPointer<UInt8>

  public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = UnsafeBufferPointer(start: size == 0 ? nil : data, count: size)
  }

  /// The input cut at every `separator` byte into at most `count` parts: the last part keeps any
  /// further separators, and an input with fewer separators has fewer parts.
  public func parts(separatedBy separator: UInt8, count: Int) -> [Slice<UnsafeBufferPointer<UInt8>>] {
    bytes.split(separator: separator, maxSplits: count - 1, omittingEmptySubsequences: false)
  }
}

/// Builds a refusal's messages as the CLI prints them (their text is made from the hostile input
/// too), and traps when a refusal names no problem: the CLI would then exit non-zero in silence.
public func renderRefusal(_ errors: InputErrors) {
  precondition(!errors.errors.isEmpty, "a refusal that names no problem")
  for error in errors.errors { _ = error.description }
}
