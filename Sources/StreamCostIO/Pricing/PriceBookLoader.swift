import Foundation
import StreamCost

/// Reads a price book folder (`book.csv`, `instances.csv`, `rates.csv`) with libcsv.
///
/// Reports every problem it finds, not just the first, so that
/// `streamcost pricing validate` can list them all.
public enum PriceBookLoader {
  public static let bookColumns = ["key", "value"]
  public static let instanceColumns = [
    "type", "vcpu", "memory_gib", "network_baseline_gbps", "network_burst_gbps", "local_nvme_gb",
    "ebs_baseline_mbps", "unit", "price", "source", "as_of",
  ]
  public static let rateColumns = [
    "id", "description", "service_category", "service_subcategory", "unit", "tier_start", "price", "source",
    "as_of", "note",
  ]

  /// Loads and validates the book in `directory`.
  public static func load(_ directory: String) throws(InputErrors) -> PriceBook {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputErrors([
        InputError(
          file: directory, message: "is not a price book folder", accepted: "a folder holding book.csv, instances.csv and rates.csv",
          kind: .unreadable)
      ])
    }
    let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
    var problems: [InputError] = []
    let info = collect(&problems) { () throws(InputErrors) in try readInfo(path("book.csv"), location: directory) }
    let instances = collect(&problems) { () throws(InputErrors) in try readInstances(path("instances.csv")) }
    let rates = collect(&problems) { () throws(InputErrors) in try readRates(path("rates.csv")) }
    // Whole-book rules run on every file that parsed, so one pass reports every problem.
    let placeholder = PriceBook.Info(provider: "", region: "", asOf: "", currency: "")
    let book = PriceBook(info: info ?? placeholder, instances: instances ?? [], rates: rates ?? [])
    if instances != nil {
      problems += book.validateInstances().map { InputError(file: path("instances.csv"), message: $0) }
    }
    if rates != nil {
      problems += book.validateRates().map { InputError(file: path("rates.csv"), message: $0) }
    }
    guard problems.isEmpty, info != nil else { throw InputErrors(problems) }
    return book
  }

  static func collect<T>(_ problems: inout [InputError], _ body: () throws(InputErrors) -> T) -> T? {
    do { return try body() } catch {
      problems += error.errors
      return nil
    }
  }

  static func readInfo(_ file: String, location: String) throws(InputErrors) -> PriceBook.Info {
    let table = try CSVTable(path: file, required: bookColumns)
    var values: [String: String] = [:]
    for i in table.rows.indices {
      let row = table.row(i)
      values[row.text("key")] = row.text("value")
    }
    var problems: [InputError] = []
    for key in ["provider", "region", "as_of", "currency"] where (values[key] ?? "").isEmpty {
      problems.append(InputError(file: file, field: key, message: "is missing", accepted: "a row '\(key),<value>'"))
    }
    if let asOf = values["as_of"], !asOf.isEmpty, !ISODate.isValid(asOf) {
      problems.append(InputError(file: file, field: "as_of", message: "'\(asOf)' is not a date", accepted: "YYYY-MM-DD"))
    }
    if let currency = values["currency"], !currency.isEmpty,
      !(currency.count == 3 && currency.allSatisfy { $0.isUppercase && $0.isASCII })
    {
      problems.append(
        InputError(file: file, field: "currency", message: "'\(currency)' is not an ISO 4217 code", accepted: "e.g. USD"))
    }
    let billing = BookBillingKeys.billing(values, file: file, problems: &problems)
    guard problems.isEmpty else { throw InputErrors(problems) }
    return PriceBook.Info(
      provider: values["provider"]!, region: values["region"]!, asOf: values["as_of"]!,
      currency: values["currency"]!, title: values["title"] ?? "", location: location, billing: billing)
  }

  static func readInstances(_ file: String) throws(InputErrors) -> [InstanceType] {
    let table = try CSVTable(path: file, required: instanceColumns)
    var problems: [InputError] = []
    var types: [InstanceType] = []
    var seen: Set<String> = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let name = try row.required("type")
        guard seen.insert(name).inserted else {
          throw row.error("type", "'\(name)' is listed twice", accepted: "one row per instance type")
        }
        guard row.text("unit") == PricingUnit.hours.rawValue else {
          throw row.error("unit", "'\(row.text("unit"))' is not an hourly unit", accepted: "Hours")
        }
        let vcpus = try row.number("vcpu", positive: true)!
        guard vcpus == vcpus.rounded() else { throw row.error("vcpu", "must be a whole number") }
        types.append(
          InstanceType(
            name: name, vcpus: Int(vcpus), memoryGiB: try row.number("memory_gib")!,
            networkBaseline: gigabits(try row.number("network_baseline_gbps", positive: true)!),
            networkBurst: try row.number("network_burst_gbps", optional: true, positive: true).map(gigabits),
            localNVMe: try row.number("local_nvme_gb", optional: true).map { DataSize.gb($0) },
            ebsBaseline: try row.number("ebs_baseline_mbps", optional: true, positive: true).map { DataRate(bytesPerSecond: $0 * 1e6 / 8) },
            pricePerHour: try row.price("price"), source: try row.required("source"), asOf: try row.date("as_of")))
      } catch {
        problems.append(error)
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return types
  }

  /// Gbit/s (10^9 bits) to bytes/s.
  static func gigabits(_ gbps: Double) -> DataRate { DataRate(bytesPerSecond: gbps * 1e9 / 8) }

  static func readRates(_ file: String) throws(InputErrors) -> [Rate] {
    let table = try CSVTable(path: file, required: rateColumns)
    var problems: [InputError] = []
    var byID: [String: (first: CSVTable.Row, unit: PricingUnit, tiers: [Rate.Tier])] = [:]
    var order: [String] = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let id = try row.required("id")
        let unitText = try row.required("unit")
        guard let unit = PricingUnit(rawValue: unitText) else {
          throw row.error(
            "unit", "'\(unitText)' is not a known pricing unit",
            accepted: PricingUnit.allCases.map(\.rawValue).joined(separator: ", "))
        }
        _ = try row.required("description")
        _ = try row.required("service_category")
        _ = try row.required("source")
        _ = try row.date("as_of")
        let start = try row.price("tier_start")
        let tier = Rate.Tier(start: start, price: try row.price("price"))
        if var entry = byID[id] {
          guard entry.unit == unit else {
            throw row.error("unit", "'\(unitText)' differs from the unit of the earlier '\(id)' row", accepted: entry.unit.rawValue)
          }
          guard !entry.tiers.contains(where: { $0.start == start }) else {
            throw row.error("tier_start", "tier of '\(id)' starting at \(start) is listed twice")
          }
          entry.tiers.append(tier)
          byID[id] = entry
        } else {
          byID[id] = (row, unit, [tier])
          order.append(id)
        }
      } catch {
        problems.append(error)
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return order.map { id in
      let entry = byID[id]!
      return Rate(
        id: id, description: entry.first.text("description"), serviceCategory: entry.first.text("service_category"),
        serviceSubcategory: entry.first.text("service_subcategory"), unit: entry.unit, tiers: entry.tiers,
        source: entry.first.text("source"), asOf: entry.first.text("as_of"))
    }
  }
}
