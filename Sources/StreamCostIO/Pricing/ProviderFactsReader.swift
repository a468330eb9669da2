import Foundation
import StreamCost

/// Reads a price book's `facts.csv` (`key,value,source`, with libcsv): what the models need to know
/// about the provider besides prices (``ProviderFacts``). Every key must be given once, with a
/// source; sizes and rates carry their unit (`16 TiB`, `125 MiB/s`).
enum ProviderFactsReader {
  static let columns = ["key", "value", "source"]

  static func read(_ file: String) throws(InputErrors) -> ProviderFacts {
    let table = try CSVTable(path: file, required: columns)
    var problems: [InputError] = []
    var rows: [String: CSVTable.Row] = [:]
    var listed: Set<String> = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let key = try row.required("key")
        listed.insert(key)
        guard ProviderFacts.keys.contains(key) else {
          throw row.error("key", "'\(key)' is not a fact the models read", accepted: ProviderFacts.keys.joined(separator: ", "))
        }
        guard rows[key] == nil else { throw row.error("key", "'\(key)' is listed twice", accepted: "one row per fact") }
        _ = try row.required("value")
        _ = try row.required("source")
        rows[key] = row
      } catch {
        problems.append(error)
      }
    }
    for key in ProviderFacts.keys where !listed.contains(key) {
      problems.append(InputError(file: file, field: key, message: "is missing", accepted: "a row '\(key),<value>,<source>'"))
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    do throws(InputError) {
      return try facts(rows)
    } catch {
      throw InputErrors([error])
    }
  }

  /// The facts from one row per key (every key present).
  static func facts(_ rows: [String: CSVTable.Row]) throws(InputError) -> ProviderFacts {
    func row(_ key: ProviderFacts.Key) -> CSVTable.Row { rows[key.rawValue]! }
    var rateIDs: [RateRole: String] = [:]
    for role in RateRole.allCases { rateIDs[role] = rows[role.factKey]!.text("value") }
    let volume = BlockVolumeFacts(
      includedIOPS: try row(.blockIncludedIOPS).number("value")!,
      includedThroughput: try rate(row(.blockIncludedThroughput)), maxThroughput: try rate(row(.blockMaxThroughput)),
      maxSize: try size(row(.blockMaxSize)))
    return ProviderFacts(
      rateIDs: rateIDs, blockVolume: volume, controllerInstance: row(.controllerInstance).text("value"),
      sources: rows.mapValues { $0.text("source") })
  }

  static func rate(_ row: CSVTable.Row) throws(InputError) -> DataRate {
    do { return try QuantityParser.rate(row.text("value")) } catch {
      throw row.error("value", "'\(error.input)' is not a \(error.expected): \(error.reason)", accepted: error.accepted)
    }
  }

  static func size(_ row: CSVTable.Row) throws(InputError) -> DataSize {
    do { return try QuantityParser.size(row.text("value")) } catch {
      throw row.error("value", "'\(error.input)' is not a \(error.expected): \(error.reason)", accepted: error.accepted)
    }
  }
}
