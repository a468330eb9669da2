/// How a reader that goes on past each problem reports what it found: in file order, and at most
/// ``limit`` of them, the rest counted.
enum ProblemReport {
  /// Problems listed in one run before the rest are only counted: a screenful, enough to fix a
  /// file in one pass, few enough that the first ones do not scroll away when a wrong file (a
  /// price list, another tool's YAML) is given as a scenario.
  static let limit = 20

  /// `problems` ordered by line; problems without a line (about the whole file) first, and the
  /// order they were found kept among equals.
  static func inFileOrder(_ problems: [InputError]) -> [InputError] {
    problems.enumerated()
      .sorted { a, b in (a.element.line ?? 0, a.offset) < (b.element.line ?? 0, b.offset) }
      .map(\.element)
  }

  /// The first ``limit`` of `problems`, with the rest counted.
  static func capped(_ problems: [InputError]) -> InputErrors {
    InputErrors(Array(problems.prefix(limit)), omitted: max(0, problems.count - limit))
  }
}
