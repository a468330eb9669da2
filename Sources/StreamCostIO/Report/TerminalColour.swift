/// Whether terminal output may use ANSI colours.
///
/// Colour only when standard output is a terminal and `NO_COLOR` is unset or empty
/// (https://no-color.org: "when present and not an empty string" it disables colour), so that
/// pipes, files, CI logs and tests get plain text.
public enum TerminalColour {
  public static let variable = "NO_COLOR"

  /// `isTerminal`: `isatty(STDOUT_FILENO)`, as the caller measured it.
  public static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
    guard isTerminal else { return false }
    return (environment[variable] ?? "").isEmpty
  }
}
