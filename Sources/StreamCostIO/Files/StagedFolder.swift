import Foundation

/// A new version of an output folder (`--out`), built whole in a hidden sibling folder and put in
/// place by one rename, so a crash, a kill or a refusal leaves either the previous folder
/// untouched or the new one complete, and never a temporary file inside `--out`.
///
/// - The sibling is `.<name>.streamcost-<pid>.tmp` next to the destination.
/// - When the destination already exists, the files in it that the run does not write are
///   hard-linked into the sibling first (the previous folder is not touched), and the two folders
///   are then swapped in one step (Linux `renameat2` with `RENAME_EXCHANGE`; elsewhere two renames).
/// - The previous version stays in the sibling until ``finish()``, so ``unpublish()`` can put it
///   back (the run ledger does, when its transaction fails to commit after the folder moved).
/// - Siblings left by a process that was killed are removed by the next run into the same folder.
///
/// When the destination is the working directory or holds it, it cannot be swapped; when it is a
/// symbolic link, swapping would replace the link; when it holds folders of its own (a project
/// folder, not an output folder), swapping would copy them.
/// In both cases the files are staged in a hidden folder inside it and renamed into it one by
/// one, each rename atomic.
public final class StagedFolder {
  /// The folder as given, and where its new version is built.
  public let destination: String
  public let staging: String
  /// Folders above the destination this object created, outermost first (removed again on failure).
  let createdParents: [String]
  /// Whether the destination existed, and whether it is swapped whole or filled file by file.
  let existed: Bool
  let inPlace: Bool
  var published = false
  var done = false

  /// The marker in every sibling's name, for the stale-sibling sweep.
  static let marker = ".streamcost-"

  /// Prepares the sibling folder for `destination`; throws (exit 73) when `destination` is a file
  /// or its parent cannot be created.
  public init(destination: String) throws(InputError) {
    let fm = FileManager.default
    let absolute = URL(fileURLWithPath: destination).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    existed = fm.fileExists(atPath: absolute, isDirectory: &isDirectory)
    if existed && !isDirectory.boolValue {
      throw InputError(file: destination, message: "is a file, not a folder", accepted: "a folder to write into (created if missing)", kind: .unwritable)
    }
    let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL.path
    let holdsWorkingDirectory = cwd == absolute || cwd.hasPrefix(absolute.hasSuffix("/") ? absolute : absolute + "/")
    let isLink = (try? fm.attributesOfItem(atPath: absolute)[.type] as? FileAttributeType) == .typeSymbolicLink
    inPlace = existed && (holdsWorkingDirectory || isLink || Self.holdsFolders(absolute))
    self.destination = destination
    let parent = (absolute as NSString).deletingLastPathComponent
    let name = (absolute as NSString).lastPathComponent
    staging = inPlace
      ? (absolute as NSString).appendingPathComponent(".streamcost-\(getpid()).tmp")
      : (parent as NSString).appendingPathComponent(".\(name)\(Self.marker)\(getpid()).tmp")
    createdParents = Self.missingFolders(parent)
    do {
      try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
      Self.removeStaleSiblings(in: inPlace ? absolute : parent, name: inPlace ? "" : name)
      try? fm.removeItem(atPath: staging)
      try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      Self.removeEmpty(createdParents)
      throw InputError(file: destination, message: "cannot create the output folder (\(Self.reason(error)))", kind: .unwritable)
    }
  }

  deinit {
    if !done && !published { abandon() }
  }

  /// Where a file of the new version is written meanwhile.
  public func path(_ name: String) -> String { (staging as NSString).appendingPathComponent(name) }

  /// Puts the new version in place. Refuses (exit 73, nothing changed) when one of its names is a
  /// folder in the destination.
  public func publish() throws(InputError) {
    let fm = FileManager.default
    let names = ((try? fm.contentsOfDirectory(atPath: staging)) ?? []).sorted()
    if existed {
      for name in names {
        var isDirectory: ObjCBool = false
        let target = (destination as NSString).appendingPathComponent(name)
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) && isDirectory.boolValue {
          abandon()
          throw InputError(file: target, message: "is a folder; the output file of that name cannot replace it", kind: .unwritable)
        }
      }
    }
    do {
      if inPlace {
        try renameEach(names)
      } else if existed {
        try carryOver(except: Set(names))
        try exchange()
      } else {
        try Self.rename(staging, destination)
      }
    } catch {
      abandon()
      throw InputError(file: destination, message: "cannot be replaced (\(Self.reason(error)))", kind: .unwritable)
    }
    published = true
  }

  /// Takes the new version back out and restores the previous one (after a failed ledger commit).
  public func unpublish() {
    guard published, !done, !inPlace else { return }
    if existed { try? exchange() } else { try? Self.rename(destination, staging) }
    published = false
    abandon()
  }

  /// Removes the previous version, kept until now for ``unpublish()``.
  public func finish() {
    guard !done else { return }
    if !published { abandon() }
    done = true
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// Removes the sibling and any parent folder this object created.
  public func abandon() {
    guard !done else { return }
    done = true
    try? FileManager.default.removeItem(atPath: staging)
    Self.removeEmpty(createdParents)
  }

  /// Hard-links (or copies) the destination's other entries into the sibling, so the swap keeps them.
  func carryOver(except written: Set<String>) throws {
    let fm = FileManager.default
    for name in try fm.contentsOfDirectory(atPath: destination) where !written.contains(name) {
      let source = (destination as NSString).appendingPathComponent(name)
      if (try? fm.linkItem(atPath: source, toPath: path(name))) == nil {
        try? fm.removeItem(atPath: path(name))
        try fm.copyItem(atPath: source, toPath: path(name))
      }
    }
  }

  func renameEach(_ names: [String]) throws {
    for name in names { try Self.rename(path(name), (destination as NSString).appendingPathComponent(name)) }
    try FileManager.default.removeItem(atPath: staging)
  }

  /// Swaps the sibling and the destination in one step where the system can, else by two renames.
  func exchange() throws {
    if let exchange = Self.renameExchange, exchange(AT_FDCWD, staging, AT_FDCWD, destination, Self.exchangeFlag) == 0 { return }
    let aside = staging + ".previous"
    try Self.rename(destination, aside)
    do { try Self.rename(staging, destination) } catch {
      try? Self.rename(aside, destination)
      throw error
    }
    try Self.rename(aside, staging)
  }

  /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not declare it).
  typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  static let renameExchange: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
  /// `RENAME_EXCHANGE` from `<stdio.h>`.
  static let exchangeFlag: UInt32 = 1 << 1

  static func rename(_ from: String, _ to: String) throws {
    guard Foundation.rename(from, to) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
  }

  static func reason(_ error: any Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    return (error as NSError).localizedDescription
  }

  /// Whether `folder` holds a folder (symbolic links not followed).
  static func holdsFolders(_ folder: String) -> Bool {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return entries.contains { name in
      let attributes = try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
      return attributes?[.type] as? FileAttributeType == .typeDirectory
    }
  }

  /// Removes siblings of `name` in `parent` whose process no longer runs (left by a kill).
  static func removeStaleSiblings(in parent: String, name: String) {
    let prefix = name.isEmpty ? marker : ".\(name)\(marker)"
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
      let digits = entry.dropFirst(prefix.count).prefix { $0.isNumber }
      guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
    }
  }

  /// `directory` and its ancestors that do not exist yet, outermost first.
  static func missingFolders(_ directory: String) -> [String] {
    var missing: [String] = []
    var current = directory
    while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
      missing.insert(current, at: 0)
      current = (current as NSString).deletingLastPathComponent
    }
    return missing
  }

  /// Removes `folders` innermost first, each only if empty.
  static func removeEmpty(_ folders: [String]) {
    for folder in folders.reversed() { _ = rmdir(folder) }
  }
}
