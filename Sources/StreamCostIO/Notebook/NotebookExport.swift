import Foundation

/// Writes an export folder: the run's CSV files and `NAME.ipynb`, where NAME is the folder's own
/// name (`notebooks-export/telco-c360-feeds/telco-c360-feeds.ipynb`), all or nothing.
public enum NotebookExport {
  /// Where `export notebook` writes without `--out`: `notebooks-export/<scenario>`.
  public static func defaultFolder(scenario: String) -> String { "notebooks-export/\(scenario)" }

  /// `NAME.ipynb` for the folder `…/NAME`.
  public static func notebookName(folder: String) -> String {
    URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent + ".ipynb"
  }

  /// Writes the notebook for `run` and `files` into `folder`; returns the names written, notebook first.
  @discardableResult
  public static func write(_ run: NotebookRun, files: [OutputFile], to folder: String) throws(InputError) -> [String] {
    let notebook = OutputFile.text(name: notebookName(folder: folder), contents: CostNotebook.make(run).text)
    let all = [notebook] + files
    try OutputDirectory.write(all, to: folder)
    return all.map(\.name)
  }
}
