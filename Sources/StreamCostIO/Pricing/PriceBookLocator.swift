import Foundation
import StreamCost

/// Finds the price book folder a scenario refers to: `<root>/<provider>/<region>/<as-of>/`.
public enum PriceBookLocator {
  /// The folder for `reference` under the first of `roots` that holds a dated book for it; when none
  /// does, the error lists every folder searched.
  public static func directory(for reference: PricingReference?, roots: [String], scenarioFile: String) throws(InputError) -> String {
    let reference = try named(reference, scenarioFile: scenarioFile)
    for root in roots where !datedFolders(in: regionFolder(reference, root)).isEmpty {
      return try directory(for: reference, root: root, scenarioFile: scenarioFile)
    }
    throw InputError(
      file: scenarioFile, field: "pricing",
      message: "no price book for '\(reference.id)'; searched \(roots.map { regionFolder(reference, $0) }.joined(separator: ", "))",
      accepted: "a folder <root>/\(reference.provider)/\(reference.region)/YYYY-MM-DD under one of them, "
        + "\(PriceBookRoots.environmentKey)=DIR, --pricing-root DIR or --pricing DIR")
  }

  /// `reference`, or the error for a scenario that names no book when none is given to the command.
  static func named(_ reference: PricingReference?, scenarioFile: String) throws(InputError) -> PricingReference {
    guard let reference else {
      throw InputError(
        file: scenarioFile, field: "pricing", message: "is missing, and no price book folder was given with --pricing",
        accepted: "pricing: provider/region in the scenario (e.g. aws/us-east-1), or --pricing DIR on the command line")
    }
    return reference
  }

  static func regionFolder(_ reference: PricingReference, _ root: String) -> String {
    ((root as NSString).appendingPathComponent(reference.provider) as NSString).appendingPathComponent(reference.region)
  }

  static func datedFolders(in region: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: region)) ?? []).filter(ISODate.isValid).sorted()
  }

  /// The folder for `reference` under `root`: the pinned as-of date, else the newest dated folder.
  public static func directory(for reference: PricingReference?, root: String, scenarioFile: String) throws(InputError) -> String {
    let reference = try named(reference, scenarioFile: scenarioFile)
    let region = regionFolder(reference, root)
    let dates = datedFolders(in: region)
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
