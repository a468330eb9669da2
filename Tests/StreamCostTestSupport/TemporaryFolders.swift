import Foundation

/// The folder that holds every temporary folder this test process makes, removed when the process
/// exits: runs of the suite leave nothing behind in the system's temporary folder.
public enum TemporaryFolders {
  public static let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamcost-tests-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(at: TemporaryFolders.root) }
    return url
  }()

  /// A fresh empty folder in ``root``, named `prefix` and a UUID.
  public static func make(_ prefix: String) throws -> URL {
    let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
