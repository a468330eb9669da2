import Foundation
import StreamCostTestSupport

/// Runs the built `streamcost` binary, as a user would, and captures what it prints.
enum CLIHarness {
  /// The package root, found from this file's location.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary next to the test bundle (same build folder and configuration).
  static var binary: URL {
    let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      bundleDirectory.appendingPathComponent("streamcost"),
      bundleDirectory.deletingLastPathComponent().appendingPathComponent("streamcost"),
      bundleDirectory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("streamcost"),
      packageRoot.appendingPathComponent(".build/debug/streamcost"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A ledger of this test process's own, so `compare` runs never record into the package folder.
  static let defaultLedger: String = {
    let folder = (try? TemporaryFolders.make("streamcost-ledger")) ?? TemporaryFolders.root
    return folder.appendingPathComponent("streamcost.sqlite").path
  }()

  /// A configured, not yet started `streamcost arguments…` process.
  static func makeProcess(_ arguments: [String], in directory: URL = packageRoot, environment extra: [String: String] = [:]) -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["STREAMCOST_LEDGER"] = defaultLedger
    environment.merge(extra) { _, new in new }
    process.environment = environment
    return process
  }

  /// Runs `streamcost arguments…` in `directory` (default: the package root) and waits for it.
  static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
    let process = makeProcess(arguments, in: directory, environment: environment)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh empty temporary folder, removed with the others when the test process exits.
  static func temporaryDirectory() throws -> URL { try TemporaryFolders.make("streamcost-test") }
}

extension CLIHarness {
  /// The price book shipped with the package.
  static var shippedBook: URL { packageRoot.appendingPathComponent("pricing/aws/us-east-1/2026-07-20") }

  /// Every shipped scenario, relative to the package root (as a user types it), sorted.
  static var shippedScenarios: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("scenarios").path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/\($0)" }
  }

  /// The five files of a comparison that `compare --out` (and `runs show --out`) writes.
  static let reportFiles = ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv", "run.csv"]
  /// The three files the time simulation adds.
  static let simulationFiles = ["timeline.csv", "scaling_events.csv", "monthly.csv"]

  /// `text` written to `name` in a fresh temporary folder; returns the file.
  static func write(_ text: String, named name: String = "scenario.yaml") throws -> URL {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  /// A copy of the shipped price book in a temporary folder, with `change` applied to the CRLF lines of
  /// `file` (index 0 is the header).
  static func bookCopy(editing file: String? = nil, _ change: (inout [String]) throws -> Void = { _ in }) throws -> URL {
    let book = try temporaryDirectory().appendingPathComponent("2026-07-20")
    try FileManager.default.copyItem(at: shippedBook, to: book)
    if let file {
      try editBook(book, file, change)
    }
    return book
  }

  static func editBook(_ book: URL, _ file: String, _ change: (inout [String]) throws -> Void) throws {
    let url = book.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
    lines.removeLast()  // after the final CRLF
    try change(&lines)
    try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
  }

  /// Files in `directory`, hidden ones included; nil when the folder does not exist.
  static func contents(of directory: URL) -> [String]? {
    (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted()
  }

  /// The lines the CLI printed to stderr.
  static func errorLines(_ result: Result) -> [String] {
    result.stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
}
