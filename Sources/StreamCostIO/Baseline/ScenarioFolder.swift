import Foundation
import StreamCost

/// A folder of scenario files, each priced with the book its `pricing:` names, as
/// `streamcost baseline` recomputes them.
public enum ScenarioFolder {
  /// Scenario files are the `*.yaml` files of the folder (not its subfolders).
  public static let fileExtension = "yaml"

  /// One scenario's result, keyed by its file stem (`telco-c360-feeds` for `telco-c360-feeds.yaml`).
  public struct Priced: Sendable {
    public var stem: String
    public var file: String
    public var comparison: Comparison
  }

  /// Paths of the `*.yaml` files in `directory`, sorted by name.
  public static func files(in directory: String) throws(InputError) -> [String] {
    try FolderListing.files(in: directory, withExtension: fileExtension, describing: "a folder of scenario YAML files")
  }

  /// The name a scenario's baseline is stored under: its file name without the extension.
  public static func stem(_ path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }

  /// Every scenario in `directory` compared with its book from `pricingRoot`, in file order.
  /// Problems in all scenarios are reported together; nothing is returned unless every one prices.
  public static func compareAll(in directory: String, pricingRoot: String) throws(InputErrors) -> [Priced] {
    let files: [String]
    do { files = try self.files(in: directory) } catch { throw InputErrors([error]) }
    var books: [String: PriceBook] = [:]
    var priced: [Priced] = []
    var problems: [InputError] = []
    for file in files {
      do throws(InputErrors) {
        let document = try ScenarioLoader.document(file)
        let folder: String
        guard let pricing = document.scenario.pricing else {
          throw InputErrors([
            InputError(
              file: file, field: "pricing", message: "is required in a baseline scenario (each is priced with the book it names)",
              accepted: "provider/region, e.g. aws/us-east-1")
          ])
        }
        do { folder = try PriceBookLocator.directory(for: pricing, root: pricingRoot, scenarioFile: file) } catch {
          throw InputErrors([error])
        }
        let book: PriceBook
        if let cached = books[folder] { book = cached } else { book = try PriceBookLoader.load(folder) }
        books[folder] = book
        priced.append(Priced(stem: stem(file), file: file, comparison: try document.priced(with: book)))
      } catch {
        problems += error.errors
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return priced
  }
}
