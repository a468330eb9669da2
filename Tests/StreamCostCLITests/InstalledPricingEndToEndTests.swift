import Foundation
import Testing

/// Outside the repository the binary still finds its price books: in `$STREAMCOST_PRICING`, or
/// where `make install` puts them next to the binary; when none is found it says where it looked.
@Suite struct InstalledPricingEndToEndTests {
  /// A folder holding only a copy of the demo scenario: no `pricing/` beside it or under it.
  static func lonelyScenario() throws -> URL {
    let folder = try CLIHarness.temporaryDirectory().appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLIHarness.packageRoot.appendingPathComponent("scenarios/telco-c360-feeds.yaml"),
      to: folder.appendingPathComponent("telco.yaml"))
    return folder
  }

  @Test func withoutABookAnywhereTheErrorListsEveryPlaceSearched() throws {
    let folder = try Self.lonelyScenario()
    let result = try CLIHarness.run(["compare", "telco.yaml", "--no-ledger"], in: folder, environment: ["STREAMCOST_PRICING": "/nonexistent/books"])
    #expect(result.status == 65)
    let error = result.stderr
    #expect(error.contains("telco.yaml: pricing: no price book for 'aws/us-east-1'; searched /nonexistent/books/aws/us-east-1, ./pricing/aws/us-east-1, ../pricing/aws/us-east-1, "), "\(error)")
    #expect(error.contains("share/streamcost/pricing/aws/us-east-1 (accepted:"), "\(error)")
    #expect(result.stdout.isEmpty)
  }

  @Test func theEnvironmentNamesTheBooks() throws {
    let folder = try Self.lonelyScenario()
    let books = CLIHarness.packageRoot.appendingPathComponent("pricing").path
    let result = try CLIHarness.run(["compare", "telco.yaml", "--no-ledger", "--format", "csv"], in: folder, environment: ["STREAMCOST_PRICING": books])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("telco-c360-feeds,diskless,total,"))
  }

  /// The layout `make install PREFIX=…` makes: bin/streamcost and share/streamcost/pricing.
  @Test func anInstalledBinaryFindsTheBooksInstalledBesideIt() throws {
    let prefix = try CLIHarness.temporaryDirectory().appendingPathComponent("prefix")
    let share = prefix.appendingPathComponent("share/streamcost")
    try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    let binary = prefix.appendingPathComponent("bin/streamcost")
    try FileManager.default.copyItem(at: CLIHarness.binary, to: binary)
    try FileManager.default.copyItem(at: CLIHarness.packageRoot.appendingPathComponent("pricing"), to: share.appendingPathComponent("pricing"))
    let folder = try Self.lonelyScenario()
    let process = Process()
    process.executableURL = binary
    process.arguments = ["compare", "telco.yaml", "--no-ledger", "--format", "csv"]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "STREAMCOST_PRICING")
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("telco-c360-feeds,diskless,total,"))
  }
}
