import Foundation

/// A progress line on stderr for long runs: only when stderr is a terminal and only after the
/// run has taken a second, so CI logs and pipes stay quiet.
public final class SweepProgress: @unchecked Sendable {
  let label: String
  let total: Int
  let enabled: Bool
  let began = DispatchTime.now().uptimeNanoseconds
  let lock = NSLock()
  var done = 0
  var lastShown: UInt64 = 0
  var shown = false

  public init(_ label: String, total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.label = label
    self.total = total
    self.enabled = enabled
  }

  /// Runs shorter than this print nothing (issue 6: progress only for runs longer than a second).
  static let quietNanoseconds: UInt64 = 1_000_000_000
  /// Shortest time between two progress lines, so the terminal is not flooded.
  static let refreshNanoseconds: UInt64 = 100_000_000

  /// One more piece of work finished.
  public func tick() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - began > Self.quietNanoseconds, now - lastShown > Self.refreshNanoseconds || done == total else { return }
    lastShown = now
    shown = true
    let seconds = Double(now - began) / 1e9
    let line = "\rstreamcost: \(label) \(done)/\(total) (\(done * 100 / max(total, 1))%), \(String(format: "%.1f", seconds)) s"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Ends the progress line, if one was shown.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    shown = false
  }
}
