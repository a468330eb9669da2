import Foundation

/// Lists the files of one folder that end in a given extension, with errors that name the folder.
enum FolderListing {
  /// Paths (`directory/name.ext`) sorted by name; hidden files are skipped.
  static func files(in directory: String, withExtension ext: String, describing accepted: String) throws(InputError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw InputError(file: directory, message: "no such folder", accepted: accepted, kind: .unreadable)
    }
    guard isDirectory.boolValue else {
      throw InputError(file: directory, message: "is a file, not a folder", accepted: accepted, kind: .unreadable)
    }
    let names: [String]
    do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
      throw InputError(file: directory, message: "cannot be listed (permission denied?)", kind: .unreadable)
    }
    return names.filter { !$0.hasPrefix(".") && ($0 as NSString).pathExtension == ext }.sorted()
      .map { (directory as NSString).appendingPathComponent($0) }
  }
}
