import Foundation
import StreamCostTestSupport
import Testing

@testable import StreamCostIO

/// Paths and helpers shared by the I/O tests.
enum TestSupport {
  /// The package root, found from this file's location (Tests/StreamCostIOTests/Support/).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The price book shipped with the package.
  static var shippedBook: String { packageRoot.appendingPathComponent("pricing/aws/us-east-1/2026-07-20").path }

  /// The demo scenario shipped with the package.
  static var telcoScenario: String { packageRoot.appendingPathComponent("scenarios/telco-c360-feeds.yaml").path }

  /// Every shipped scenario file, sorted by name.
  static var shippedScenarios: [String] {
    let folder = packageRoot.appendingPathComponent("scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
  }

  /// The test bundle's `Fixtures` folder.
  static var fixtures: URL {
    get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)) }
  }

  /// A fresh empty temporary folder, removed with the others when the test process exits.
  static func temporaryDirectory() throws -> URL { try TemporaryFolders.make("streamcost-io-test") }

  /// Files (and folders) in `directory`, hidden ones included, sorted.
  static func contents(of directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }
}

/// The errors `body` throws; records an issue when it succeeds instead.
func inputErrors<T>(
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(InputErrors) -> T
) -> [InputError] {
  do {
    let value = try body()
    Issue.record("expected InputErrors, but it succeeded with \(value)", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.errors
  }
}

/// The single error `body` throws; records an issue when there is not exactly one.
func singleInputError<T>(
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(InputErrors) -> T
) throws -> InputError {
  let errors = inputErrors(sourceLocation: sourceLocation, body)
  #expect(errors.count == 1, "expected one error, got: \(errors.map(\.description))", sourceLocation: sourceLocation)
  return try #require(errors.first, sourceLocation: sourceLocation)
}

/// The error a typed-throwing `body` throws; records an issue when it succeeds.
func thrownInputError<T>(
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(InputError) -> T
) throws -> InputError {
  do {
    let value = try body()
    Issue.record("expected an InputError, but it succeeded with \(value)", sourceLocation: sourceLocation)
  } catch {
    return error
  }
  throw UnexpectedSuccess()
}

/// Thrown by the helpers above when the code under test did not fail as expected.
struct UnexpectedSuccess: Error {}
