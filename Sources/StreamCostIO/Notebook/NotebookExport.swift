import Foundation

/// Writes an export folder: the run's CSV files and `NAME.ipynb`, where NAME is the folder's own
/// name (`notebooks-export/telco-c360-feeds/telco-c360-feeds.ipynb`), all or nothing.
public enum NotebookExport {
  /// Where `export notebook` writes without `--out`: `notebooks-export/<scenario>`.
  /// The scenario's name is made one safe path component first (``safeComponent(_:)``), so a name
  /// such as `../../x` cannot write outside `notebooks-export/`.
  public static func defaultFolder(scenario: String) -> String { "notebooks-export/\(safeComponent(scenario))" }

  /// `name` as one file-name component: every character but ASCII letters, digits, `.`, `-` and
  /// `_` becomes `_`, a leading `.` gets a `_` before it (no `..`, no hidden folder), and the
  /// result is at most ``longestComponent`` characters; an empty name becomes `run`.
  public static func safeComponent(_ name: String) -> String {
    var safe = String(name.unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar))
        ? Character(scalar) : "_"
    }.prefix(longestComponent))
    if safe.isEmpty { safe = "run" }
    if safe.hasPrefix(".") { safe = "_" + safe }
    return safe
  }

  /// Longest folder name made from a scenario's name (file systems allow 255 bytes).
  public static let longestComponent = 100

  /// `NAME.ipynb` for the folder `…/NAME`.
  public static func notebookName(folder: String) -> String {
    URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent + ".ipynb"
  }

  /// Writes the notebook for `run` and `files` into `folder`; returns the names written, notebook first.
  @discardableResult
  public static func write(_ run: NotebookRun, files: [OutputFile], to folder: String) throws(InputError) -> [String] {
    try write(CostNotebook.make(run), files: files, to: folder)
  }

  /// Writes `notebook` and `files` into `folder`; returns the names written, notebook first.
  @discardableResult
  public static func write(_ notebook: Notebook, files: [OutputFile], to folder: String) throws(InputError) -> [String] {
    let notebook = OutputFile.text(name: notebookName(folder: folder), contents: notebook.text)
    let all = [notebook] + files
    try OutputDirectory.write(all, to: folder)
    return all.map(\.name)
  }
}
