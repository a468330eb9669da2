/// One cell of an exported notebook: markdown or code, with a stable id.
///
/// Ids are given by the exporter from each cell's purpose (`header`, `cost-by-category`, …), not
/// drawn at random as Jupyter does, so the same run always exports the same bytes. nbformat 4.5
/// accepts 1 to 64 characters from `A-Z a-z 0-9 - _`.
public struct NotebookCell: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case markdown, code
  }

  public var kind: Kind
  public var id: String
  /// The cell's text, lines separated by `\n`.
  public var source: String

  public init(_ kind: Kind, id: String, _ source: String) {
    precondition(Self.isValidID(id), "notebook cell id '\(id)' is not 1-64 characters of A-Z a-z 0-9 - _")
    self.kind = kind
    self.id = id
    self.source = source
  }

  public static func markdown(_ id: String, _ source: String) -> NotebookCell { NotebookCell(.markdown, id: id, source) }
  public static func code(_ id: String, _ source: String) -> NotebookCell { NotebookCell(.code, id: id, source) }

  /// nbformat 4.5's cell id pattern: `^[a-zA-Z0-9-_]+$`, at most 64 characters.
  public static func isValidID(_ id: String) -> Bool {
    (1...64).contains(id.count)
      && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
  }

  /// The cell as nbformat stores it: code cells unexecuted (no outputs, no execution count).
  var json: NotebookJSON {
    var members: [String: NotebookJSON] = [
      "cell_type": .string(kind.rawValue), "id": .string(id), "metadata": .object([:]),
      "source": .array(Self.lines(source).map(NotebookJSON.string)),
    ]
    if kind == .code {
      members["execution_count"] = .null
      members["outputs"] = .array([])
    }
    return .object(members)
  }

  /// `text` split after each `\n`, as nbformat's `split_lines` stores a source (Python's
  /// `splitlines(keepends=True)`; sources here use `\n` only). Empty text gives no lines.
  static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "\n" {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
