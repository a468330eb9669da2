import Foundation

/// Writes a set of files into a folder so that none is ever half-written.
///
/// Every file goes first to a hidden temporary name in the folder (text written whole, or a
/// copy of a file too large to hold in memory); only when all are there are they renamed into
/// place (rename is atomic on one file system). On any failure the temporary files are removed,
/// and so is the folder if this call created it. Other files already in the folder are left alone.
public enum OutputDirectory {
  /// Text files, each written whole.
  public static func write(_ files: [(name: String, contents: String)], to directory: String) throws(InputError) {
    try write(files.map { OutputFile.text(name: $0.name, contents: $0.contents) }, to: directory)
  }

  public static func write(_ files: [OutputFile], to directory: String) throws(InputError) {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    let existed = fm.fileExists(atPath: directory, isDirectory: &isDirectory)
    if existed && !isDirectory.boolValue {
      throw InputError(file: directory, message: "is a file, not a folder", accepted: "a folder to export into (created if missing)", kind: .unwritable)
    }
    do {
      try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw InputError(file: directory, message: "cannot create the output folder (\(error.localizedDescription))", kind: .unwritable)
    }
    let token = "\(ProcessInfo.processInfo.processIdentifier)"
    var written: [(temporary: String, final: String)] = []
    func undo() {
      for w in written { try? fm.removeItem(atPath: w.temporary) }
      if !existed { try? fm.removeItem(atPath: directory) }
    }
    for file in files {
      let final = (directory as NSString).appendingPathComponent(file.name)
      let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(token).tmp")
      try? fm.removeItem(atPath: temporary)
      let ok: Bool
      switch file {
      case .text(_, let contents): ok = fm.createFile(atPath: temporary, contents: Data(contents.utf8))
      case .copy(_, let source): ok = (try? fm.copyItem(atPath: source, toPath: temporary)) != nil
      }
      guard ok else {
        try? fm.removeItem(atPath: temporary)
        undo()
        throw InputError(file: final, message: "cannot be written", kind: .unwritable)
      }
      written.append((temporary, final))
    }
    for (i, w) in written.enumerated() where rename(w.temporary, w.final) != 0 {
      for rest in written[i...] { try? fm.removeItem(atPath: rest.temporary) }
      throw InputError(file: w.final, message: "cannot be replaced (rename failed)", kind: .unwritable)
    }
  }
}
