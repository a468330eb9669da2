/// A JSON value written byte for byte as nbformat writes a notebook.
///
/// nbformat (`nbformat.write`) calls Python's `json.dumps(nb, sort_keys=True, indent=1,
/// ensure_ascii=False, separators=(",", ": "))` and adds a final newline. ``text`` reproduces
/// that exactly, so an exported notebook survives `nbformat.write` unchanged and a regenerated
/// one is byte-identical:
///
/// - keys sorted by Unicode code point;
/// - one space of indent per level, each element on its own line, `[]` and `{}` when empty;
/// - strings escape only `"`, `\` and control characters (`\n`, `\t`, …, others as `\u00XX`);
///   every other character, non-ASCII included, is written as is (`ensure_ascii=False`).
///
/// Foundation's `JSONSerialization` cannot give this format (it escapes `/` and its indent differs).
public indirect enum NotebookJSON: Hashable, Sendable {
  case null
  case int(Int)
  case string(String)
  case array([NotebookJSON])
  case object([String: NotebookJSON])

  /// The document's text, ending with a newline as `nbformat.write` leaves it.
  public var text: String {
    var out = ""
    write(to: &out, depth: 0)
    return out + "\n"
  }

  func write(to out: inout String, depth: Int) {
    switch self {
    case .null: out += "null"
    case .int(let value): out += String(value)
    case .string(let value): Self.writeString(value, to: &out)
    case .array(let items):
      guard !items.isEmpty else { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        out += (i == 0 ? "\n" : ",\n") + Self.indent(depth + 1)
        item.write(to: &out, depth: depth + 1)
      }
      out += "\n" + Self.indent(depth) + "]"
    case .object(let members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{"
      for (i, key) in Self.sortedKeys(members).enumerated() {
        out += (i == 0 ? "\n" : ",\n") + Self.indent(depth + 1)
        Self.writeString(key, to: &out)
        out += ": "
        members[key]!.write(to: &out, depth: depth + 1)
      }
      out += "\n" + Self.indent(depth) + "}"
    }
  }

  static func indent(_ depth: Int) -> String { String(repeating: " ", count: depth) }

  /// Keys in Python's order: by Unicode code point, not by Swift's `String` comparison.
  static func sortedKeys(_ members: [String: NotebookJSON]) -> [String] {
    members.keys.sorted { a, b in a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value } }
  }

  /// A string as Python's `json` writes it with `ensure_ascii=False`.
  static func writeString(_ value: String, to out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
