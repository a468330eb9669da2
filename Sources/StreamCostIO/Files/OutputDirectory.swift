import Foundation

/// Writes a set of files into a folder so that none is ever half-written, and the folder holds
/// either its previous files or all the new ones.
///
/// The files are written into a ``StagedFolder`` (a hidden sibling of the folder), which is then
/// put in place whole. On any failure the sibling is removed, and so is any parent folder this
/// call created; the folder itself is untouched. Other files already in the folder are kept.
public enum OutputDirectory {
  /// Text files, each written whole.
  public static func write(_ files: [(name: String, contents: String)], to directory: String) throws(InputError) {
    try write(files.map { OutputFile.text(name: $0.name, contents: $0.contents) }, to: directory)
  }

  public static func write(_ files: [OutputFile], to directory: String) throws(InputError) {
    let folder = try StagedFolder(destination: directory)
    try stage(files, in: folder)
    try folder.publish()
    folder.finish()
  }

  /// Text files, each written whole, into the staged folder.
  public static func stage(_ files: [(name: String, contents: String)], in folder: StagedFolder) throws(InputError) {
    try stage(files.map { OutputFile.text(name: $0.name, contents: $0.contents) }, in: folder)
  }

  /// Writes `files` into the staged folder (text written whole, or a copy of a file too large to
  /// hold in memory); on a failure the staged folder is abandoned.
  public static func stage(_ files: [OutputFile], in folder: StagedFolder) throws(InputError) {
    let fm = FileManager.default
    for file in files {
      let target = folder.path(file.name)
      try? fm.removeItem(atPath: target)
      let ok: Bool
      switch file {
      case .text(_, let contents): ok = fm.createFile(atPath: target, contents: Data(contents.utf8))
      case .copy(_, let source): ok = (try? fm.copyItem(atPath: source, toPath: target)) != nil
      }
      guard ok else {
        folder.abandon()
        throw InputError(file: (folder.destination as NSString).appendingPathComponent(file.name), message: "cannot be written", kind: .unwritable)
      }
    }
  }
}
