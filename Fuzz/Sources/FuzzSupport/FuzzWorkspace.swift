import Foundation

/// The folder one fuzzing process writes its inputs into, as the files the readers expect.
///
/// The readers under test take paths, as the CLI gives them, so each input goes through the same
/// file reading (UTF-8 check, byte-order mark) as a user's file. Each process (libFuzzer's `-jobs`
/// and `-fork` start several) has its own folder under `$TMPDIR`, removed when it exits normally;
/// a crashing process leaves it behind, which is why `make fuzz` points `TMPDIR` into its build folder.
public struct FuzzWorkspace: Sendable {
  /// The process's folder, created on first use.
  public static let shared = FuzzWorkspace()

  public let folder: String

  init() {
    folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("streamcost-fuzz.\(getpid())")
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      fatalError("cannot create the fuzzing folder \(folder): \(error)")
    }
    atexit { try? FileManager.default.removeItem(atPath: FuzzWorkspace.shared.folder) }
  }

  /// The path of `name` inside the folder.
  public func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

  /// Writes `bytes` to `name`, replacing what an earlier input left there, and returns its path.
  @discardableResult
  public func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to name: String) -> String {
    let file = path(name)
    guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
      fatalError("cannot write the fuzzing input \(file)")
    }
    return file
  }

  /// Removes `name`, so that a reader meets a missing file, as when a user forgets one.
  public func remove(_ name: String) {
    try? FileManager.default.removeItem(atPath: path(name))
  }
}
