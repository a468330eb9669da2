import Foundation

/// Writes a set of report files into a folder so that none is ever half-written.
///
/// Each file is first written whole to a hidden temporary file in the same
/// folder, then renamed over its final name (rename is atomic on one file
/// system). If any write fails, every temporary file is removed.
public enum OutputDirectory {
  public static func write(_ files: [(name: String, contents: String)], to directory: String) throws(InputError) {
    let fm = FileManager.default
    do {
      try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw InputError(file: directory, message: "cannot create the output folder (\(error.localizedDescription))", kind: .unwritable)
    }
    let token = "\(ProcessInfo.processInfo.processIdentifier)"
    var written: [(temporary: String, final: String)] = []
    for file in files {
      let final = (directory as NSString).appendingPathComponent(file.name)
      let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(token).tmp")
      guard fm.createFile(atPath: temporary, contents: Data(file.contents.utf8)) else {
        for w in written { try? fm.removeItem(atPath: w.temporary) }
        throw InputError(file: final, message: "cannot be written", kind: .unwritable)
      }
      written.append((temporary, final))
    }
    for w in written {
      if rename(w.temporary, w.final) != 0 {
        for rest in written { try? fm.removeItem(atPath: rest.temporary) }
        throw InputError(file: w.final, message: "cannot be replaced (rename failed)", kind: .unwritable)
      }
    }
  }
}
