import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

/// Where price books come from: one explicit folder, or a root searched by the scenario's `pricing:`.
struct PricingOptions: ParsableArguments {
  @Option(name: .customLong("pricing"), help: "Price book folder to use (overrides the scenario's pricing:).")
  var directory: String?

  @Option(help: "Folder holding <provider>/<region>/<as-of>/ price books (default: ./pricing, else ../pricing next to the scenario).")
  var pricingRoot: String?

  /// Loads the book for `scenario`.
  func book(for scenario: Scenario, scenarioFile: String) throws -> PriceBook {
    if let directory { return try PriceBookLoader.load(directory) }
    let root = pricingRoot ?? defaultRoot(scenarioFile: scenarioFile)
    let folder = try PriceBookLocator.directory(for: scenario.pricing, root: root, scenarioFile: scenarioFile)
    return try PriceBookLoader.load(folder)
  }

  func defaultRoot(scenarioFile: String) -> String {
    if FileManager.default.fileExists(atPath: "pricing") { return "pricing" }
    let scenarioDir = (scenarioFile as NSString).deletingLastPathComponent
    return ((scenarioDir as NSString).appendingPathComponent("..") as NSString).appendingPathComponent("pricing")
  }
}
