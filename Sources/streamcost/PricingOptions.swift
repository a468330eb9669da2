import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

/// Where price books come from: one explicit folder, or a root searched by the scenario's `pricing:`.
struct PricingOptions: ParsableArguments {
  @Option(name: .customLong("pricing"), help: "Price book folder to use (overrides the scenario's pricing:).")
  var directory: String?

  @Option(
    help: """
      Folder holding <provider>/<region>/<as-of>/ price books (default: $STREAMCOST_PRICING, ./pricing, \
      ../pricing next to the scenario, then share/streamcost/pricing next to the installed binary).
      """)
  var pricingRoot: String?

  /// Loads the book for `scenario`.
  func book(for scenario: Scenario, scenarioFile: String) throws -> PriceBook {
    if let directory { return try PriceBookLoader.load(directory) }
    let roots = pricingRoot.map { [$0] } ?? PriceBookRoots.candidates(
      environment: ProcessInfo.processInfo.environment, scenarioFile: scenarioFile, executable: PriceBookRoots.currentExecutable)
    let folder = try PriceBookLocator.directory(for: scenario.pricing, roots: roots, scenarioFile: scenarioFile)
    return try PriceBookLoader.load(folder)
  }
}
