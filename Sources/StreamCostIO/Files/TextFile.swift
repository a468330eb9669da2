import Foundation

/// Reads input files as UTF-8 text, with errors that name the file.
public enum TextFile {
  /// The file's text without a leading byte-order mark.
  public static func read(_ path: String) throws(InputError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(file: path, message: "no such file", kind: .unreadable)
    }
    guard !isDirectory.boolValue else {
      throw InputError(file: path, message: "is a directory, not a file", kind: .unreadable)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot be read (permission denied?)", kind: .unreadable)
    }
    guard var text = String(data: data, encoding: .utf8) else {
      throw InputError(file: path, message: "is not UTF-8 text", accepted: "a UTF-8 text file")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }
}
