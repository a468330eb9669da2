/// Text from inputs (scenario, feed and architecture names, price rows, ledger fields) made safe
/// to print on a terminal: control characters, ANSI escape sequences and bidirectional overrides
/// are shown escaped (`\u{1B}[31m`, `\n`) instead of acting on the terminal.
public enum TerminalText {
  /// `text` with every control or bidirectional-override character written as an escape.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      }
    }
    return out
  }

  /// A whole report for the terminal: like ``escaped(_:)``, but its own line breaks kept.
  public static func report(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
  }

  /// C0 and C1 controls, DEL, and the Unicode bidirectional embeddings, overrides and isolates.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
      || (0x2066...0x2069).contains(scalar.value)
  }
}
