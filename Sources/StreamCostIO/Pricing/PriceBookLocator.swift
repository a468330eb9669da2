import Foundation
import StreamCost

/// Finds the price book folder a scenario refers to: `<root>/<provider>/<region>/<as-of>/`.
public enum PriceBookLocator {
  /// The folder for `reference` under `root`: the pinned as-of date, else the newest dated folder.
  public static func directory(for reference: PricingReference, root: String, scenarioFile: String) throws(InputError) -> String {
    let region = ((root as NSString).appendingPathComponent(reference.provider) as NSString)
      .appendingPathComponent(reference.region)
    let dates = ((try? FileManager.default.contentsOfDirectory(atPath: region)) ?? [])
      .filter(ISODate.isValid).sorted()
    guard !dates.isEmpty else {
      throw InputError(
        file: scenarioFile, field: "pricing",
        message: "no price book for '\(reference.id)' under \(root)",
        accepted: "a folder \(region)/YYYY-MM-DD, or --pricing DIR")
    }
    if let asOf = reference.asOf {
      guard dates.contains(asOf) else {
        throw InputError(
          file: scenarioFile, field: "pricing_as_of", message: "no price book dated \(asOf) for '\(reference.id)'",
          accepted: dates.joined(separator: ", "))
      }
      return (region as NSString).appendingPathComponent(asOf)
    }
    return (region as NSString).appendingPathComponent(dates.last!)
  }
}
