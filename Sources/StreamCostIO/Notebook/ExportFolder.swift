import Foundation

/// Writes an export's files into a folder so that none is ever half-written, as
/// ``OutputDirectory`` does, but also copying files (a large timeline) instead of holding them
/// in memory.
///
/// Every file goes first to a hidden temporary name in the folder; only when all are there are
/// they renamed into place. On any failure the temporary files are removed, and so is the folder
/// if this call created it. Other files already in the folder are left alone.
public enum ExportFolder {
  public static func write(_ files: [ExportFile], to directory: String) throws(InputError) {
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
