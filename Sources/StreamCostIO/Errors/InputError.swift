import StreamCost

/// A problem with something the user gave us: a file, a field, a row.
///
/// Each message names the file, where in it (key path and line, or row and
/// column), what is wrong and what is accepted, so it can be fixed without
/// reading the source.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line (YAML) or record (CSV) number, when known.
  public var line: Int?
  /// Key path (`feeds[0].write`) or CSV column, when known.
  public var field: String?
  public var message: String
  public var accepted: String?
  public var kind: Kind

  public enum Kind: Hashable, Sendable {
    /// The file is readable but its content is wrong.
    case invalid
    /// The file cannot be read at all.
    case unreadable
    /// An output file or folder cannot be written.
    case unwritable
  }

  public init(
    file: String, line: Int? = nil, field: String? = nil, message: String, accepted: String? = nil,
    kind: Kind = .invalid
  ) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
    self.accepted = accepted
    self.kind = kind
  }

  /// `scenarios/x.yaml:12: feeds[0].write: cannot read '-5 MB/s' … (accepted: …)`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let field { text += "\(field): " }
    text += message
    if let accepted { text += " (accepted: \(accepted))" }
    return text
  }
}

/// Several input problems found in one pass, reported together.
public struct InputErrors: Error, Hashable, Sendable, CustomStringConvertible {
  public var errors: [InputError]
  /// Problems found beyond those listed, counted but not shown (see ``ProblemReport``).
  public var omitted: Int

  public init(_ errors: [InputError], omitted: Int = 0) {
    self.errors = errors
    self.omitted = omitted
  }

  /// One line per problem, then `and N more` when some were left out.
  public var lines: [String] {
    errors.map(\.description) + (omitted > 0 ? ["and \(omitted) more"] : [])
  }

  public var description: String { lines.joined(separator: "\n") }

  /// The most severe kind among the errors: unwritable, then unreadable, then invalid.
  public var kind: InputError.Kind {
    if errors.contains(where: { $0.kind == .unwritable }) { return .unwritable }
    if errors.contains(where: { $0.kind == .unreadable }) { return .unreadable }
    return .invalid
  }
}
