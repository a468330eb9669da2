extension StringProtocol {
  /// The text without leading and trailing blanks: tabs and Unicode space separators (category
  /// Zs), as Foundation's `trimmingCharacters(in: .whitespaces)` trims them, without bridging to
  /// `NSString` (scenario quantities are trimmed thousands of times in a sweep).
  var trimmingBlanks: String {
    let scalars = Substring(self).unicodeScalars
    let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isBlank($0) }) ?? first
    return String(Substring(scalars[first...last]))
  }
}
