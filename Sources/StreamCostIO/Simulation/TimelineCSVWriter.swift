import Foundation
import StreamCost

/// Streams the simulation timeline to `timeline.csv` as it is produced: one row per step (or
/// bucket, behind a ``TimelineAggregator``) per architecture, never holding the timeline in memory.
///
/// Columns, in this order (stable; new columns are only appended):
///
/// | column | meaning |
/// |---|---|
/// | `time` | start of the row, ISO 8601 UTC `YYYY-MM-DDTHH:MM:SSZ` (grid start + offset) |
/// | `architecture` | the architecture's name |
/// | `write_bytes_per_s` | writes W, bytes/s |
/// | `tail_read_bytes_per_s` | tail reads F·W, bytes/s |
/// | `catch_up_bytes_per_s` | catch-up and replay reads, bytes/s |
/// | `needed` | brokers (agents) the load needs before failure headroom |
/// | `target` | the same with failure headroom |
/// | `running` | brokers running |
/// | `serving` | of those, brokers serving (a failure takes some out until they recover) |
/// | `utilisation` | needed ÷ serving; above 1 is short of capacity; empty when nothing serves |
/// | `short` | `true` when fewer brokers served than needed, else `false` |
/// | `object_bytes` | bytes in object storage (one copy), end of row |
/// | `local_bytes` | bytes on broker disks (all replicas), end of row |
/// | `cost_<category>` | one per `CostCategory.allCases`, e.g. `cost_compute`: cost of the row's span |
/// | `cost_total` | sum of the category columns |
///
/// Costs are in the price book's currency at each rate's first-tier price; `monthly.csv` applies
/// tiers, so its months are the bill. Numbers are plain (`Format.number`), CSV is RFC 4180 with
/// CRLF line ends, and the architecture names go through ``CSVWriter`` (quoting, formula
/// neutralisation).
///
/// The rows go to a hidden temporary file in the destination folder, written in blocks of
/// ``bufferSize`` bytes. Only ``finish()`` renames it into place, so a failed run never leaves a
/// half-written `timeline.csv`; ``abandon()`` (or dropping an unfinished writer) removes it.
///
/// A class, not a struct: it owns an open file, which must be shared, not copied, between the
/// code that feeds it (possibly through an aggregator) and the code that finishes it.
public final class TimelineCSVWriter: TimelineRowSink {
  /// Bytes gathered before each write to the file.
  public static let bufferSize = 64 * 1_024

  /// The header, in column order.
  public static var columns: [String] {
    [
      "time", "architecture", "write_bytes_per_s", "tail_read_bytes_per_s", "catch_up_bytes_per_s", "needed",
      "target", "running", "serving", "utilisation", "short", "object_bytes", "local_bytes",
    ] + CostCategory.allCases.map { "cost_\($0.rawValue)" } + ["cost_total"]
  }

  /// Where the finished file goes, and where it is written meanwhile.
  public let path: String
  public let temporaryPath: String
  /// Instant of the simulation start, s since the epoch.
  public let start: Double
  /// Rows accepted so far.
  public private(set) var rows = 0

  /// Each architecture's name as a CSV field, ready to append.
  let names: [[UInt8]]
  var handle: FileHandle?
  var buffer: [UInt8] = []
  /// The first write error; later rows are dropped and ``finish()`` throws it.
  var failure: InputError?
  var finished = false
  /// The folders this writer created (outermost first), removed again on abandon if still empty.
  let createdFolders: [String]
  /// The last row's offset and its formatted `time` field, reused by the other architectures of a step.
  var lastOffset = Double.nan
  var lastTime: [UInt8] = []

  static let comma = UInt8(ascii: ",")
  static let lineEnd: [UInt8] = [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
  static let trueField = Array("true".utf8)
  static let falseField = Array("false".utf8)
  static let categoryCount = CostCategory.allCases.count

  /// Opens the temporary file next to `path` (creating its folder if needed) and writes the header.
  ///
  /// - Parameters:
  ///   - path: the final file, e.g. `out/timeline.csv`.
  ///   - start: the simulation's first instant, s since 1970-01-01T00:00:00Z (`TimeGrid.start`).
  ///   - architectures: the architecture names, by index in the scenario.
  public init(path: String, start: Double, architectures: [String]) throws(InputError) {
    let fm = FileManager.default
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    createdFolders = Self.missingFolders(directory)
    do {
      try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      Self.removeEmpty(createdFolders)
      throw InputError(file: directory, message: "cannot create the output folder (\(error.localizedDescription))", kind: .unwritable)
    }
    let name = (path as NSString).lastPathComponent
    self.path = path
    self.temporaryPath = (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
    self.start = start
    self.names = architectures.map { Array(CSVWriter.field(.text($0)).utf8) }
    guard fm.createFile(atPath: temporaryPath, contents: nil), let handle = FileHandle(forWritingAtPath: temporaryPath) else {
      Self.removeEmpty(createdFolders)
      throw InputError(file: path, message: "cannot be written", kind: .unwritable)
    }
    self.handle = handle
    buffer.reserveCapacity(Self.bufferSize * 2)
    buffer.append(contentsOf: CSVWriter.line(Self.columns.map(CSVCell.text)).utf8)
  }

  deinit {
    if !finished { discard() }
  }

  /// Appends one simulation step as a row.
  public func accept(_ record: StepRecord) { accept(TimelineRow(record)) }

  /// Appends one row; writes the buffer to the file once it holds ``bufferSize`` bytes.
  /// Rows given after ``close()``, ``finish()`` or ``abandon()``, or after a write error, are dropped.
  public func accept(_ row: TimelineRow) {
    guard failure == nil, handle != nil else { return }
    rows += 1
    if row.offset != lastOffset {
      lastOffset = row.offset
      lastTime.removeAll(keepingCapacity: true)
      ByteText.appendInstant(start + row.offset, to: &lastTime)
    }
    buffer.append(contentsOf: lastTime)
    buffer.append(Self.comma)
    if names.indices.contains(row.architecture) {
      buffer.append(contentsOf: names[row.architecture])
    } else {
      ByteText.appendInteger(row.architecture, to: &buffer)
    }
    number(row.write)
    number(row.tailRead)
    number(row.catchUpRead)
    integer(row.needed)
    integer(row.target)
    integer(row.running)
    integer(row.serving)
    buffer.append(Self.comma)
    if row.utilisation.isFinite { ByteText.appendNumber(row.utilisation, to: &buffer) }
    buffer.append(Self.comma)
    buffer.append(contentsOf: row.short ? Self.trueField : Self.falseField)
    number(row.objectBytes)
    number(row.localBytes)
    var total = 0.0
    for index in 0..<Self.categoryCount {
      let cost = index < row.cost.count ? row.cost[index] : 0
      total += cost
      number(cost)
    }
    number(total)
    buffer.append(contentsOf: Self.lineEnd)
    if buffer.count >= Self.bufferSize { drain() }
  }

  /// Appends a comma and a plain number.
  func number(_ value: Double) {
    buffer.append(Self.comma)
    ByteText.appendNumber(value, to: &buffer)
  }

  /// Appends a comma and an integer.
  func integer(_ value: Int) {
    buffer.append(Self.comma)
    ByteText.appendInteger(value, to: &buffer)
  }

  /// Writes what is buffered and closes the temporary file. After this, ``finish()`` only renames;
  /// call it before writing the other output files so that a full disk fails before any rename.
  public func close() throws(InputError) {
    if let failure { throw failure }
    guard let handle else { return }
    drain()
    do {
      try handle.close()
    } catch {
      fail(error)
    }
    self.handle = nil
    if let failure { throw failure }
  }

  /// Completes the file and renames it over `path`. On any error the temporary file is removed.
  public func finish() throws(InputError) {
    guard !finished else { return }
    do {
      try close()
    } catch {
      discard()
      throw error
    }
    if rename(temporaryPath, path) != 0 {
      discard()
      throw InputError(file: path, message: "cannot be replaced (rename failed)", kind: .unwritable)
    }
    finished = true
  }

  /// Removes the temporary file (and any folder this writer created that is still empty).
  public func abandon() {
    guard !finished else { return }
    discard()
  }

  func discard() {
    try? handle?.close()
    handle = nil
    buffer.removeAll()
    finished = true
    try? FileManager.default.removeItem(atPath: temporaryPath)
    Self.removeEmpty(createdFolders)
  }

  func drain() {
    guard failure == nil, let handle, !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      fail(error)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  func fail(_ error: any Error) {
    if failure == nil {
      failure = InputError(file: path, message: "cannot be written (\(error.localizedDescription))", kind: .unwritable)
    }
  }

  /// `directory` and its ancestors that do not exist yet, outermost first.
  static func missingFolders(_ directory: String) -> [String] {
    var missing: [String] = []
    var current = directory
    while !current.isEmpty, current != "/", current != ".", !FileManager.default.fileExists(atPath: current) {
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
