import Foundation
import StreamCost

/// Reads a price book folder (`book.csv`, `instances.csv`, `rates.csv`, `facts.csv`) with libcsv.
///
/// Reports every problem it finds, not just the first, so that
/// `streamcost pricing validate` can list them all.
public enum PriceBookLoader {
  public static let bookColumns = ["key", "value"]
  /// The keys `book.csv` accepts, each at most once.
  public static let bookKeys = ["provider", "region", "as_of", "currency", "title"]
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
          file: directory, message: "is not a price book folder", accepted: "a folder holding book.csv, instances.csv, rates.csv and facts.csv",
          kind: .unreadable)
      ])
    }
    let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
    var problems: [InputError] = []
    let info = collect(&problems) { () throws(InputErrors) in try readInfo(path("book.csv"), location: directory) }
    let instances = collect(&problems) { () throws(InputErrors) in try readInstances(path("instances.csv")) }
    let rates = collect(&problems) { () throws(InputErrors) in try readRates(path("rates.csv")) }
    let facts = collect(&problems) { () throws(InputErrors) in try ProviderFactsReader.read(path("facts.csv")) }
    // Whole-book rules run on every file that parsed, so one pass reports every problem; they
    // read the facts (the rows they name), so they wait for them.
    guard let facts else { throw InputErrors(problems) }
    let placeholder = PriceBook.Info(provider: "", region: "", asOf: "", currency: "")
    let book = PriceBook(info: info ?? placeholder, instances: instances ?? [], rates: rates ?? [], facts: facts)
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

  /// A `book.csv` key this reader knows: the book's own, or a FOCUS billing key (``BookBillingKeys``).
  static func isKnownBookKey(_ key: String) -> Bool {
    let prefix = BookBillingKeys.serviceNamePrefix
    return bookKeys.contains(key) || BookBillingKeys.keys.contains(key) || (key.hasPrefix(prefix) && key.count > prefix.count)
  }

  static func readInfo(_ file: String, location: String) throws(InputErrors) -> PriceBook.Info {
    let table = try CSVTable(path: file, required: bookColumns)
    var values: [String: String] = [:]
    var problems: [InputError] = []
    for i in table.rows.indices {
      let row = table.row(i)
      let key = row.text("key")
      guard isKnownBookKey(key) else {
        let known = bookKeys + BookBillingKeys.keys
        let hint = Nearest.matches(for: key, in: known, limit: 1).first.map { ": did you mean '\($0)'?" } ?? ""
        problems.append(
          row.error(
            "key", "unknown key '\(key)'\(hint)",
            accepted: (known + ["\(BookBillingKeys.serviceNamePrefix)<price-row family>"]).joined(separator: ", ")))
        continue
      }
      guard values[key] == nil else {
        problems.append(row.error("key", "'\(key)' is given twice", accepted: "one row per key"))
        continue
      }
      values[key] = row.text("value")
    }
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
      let missing = InstanceRowCheck.missingFields(row)
      guard missing.isEmpty else {
        problems += missing
        continue
      }
      do throws(InputError) {
        let name = try row.required("type")
        guard seen.insert(name).inserted else {
          throw row.error("type", "'\(name)' is listed twice", accepted: "one row per instance type")
        }
        guard row.text("unit") == PricingUnit.hours.rawValue else {
          throw row.error("unit", "'\(row.text("unit"))' is not an hourly unit", accepted: "Hours")
        }
        let vcpus = try row.number("vcpu", positive: true, upper: InputLimits.vcpus)!
        guard vcpus == vcpus.rounded() else { throw row.error("vcpu", "must be a whole number") }
        types.append(
          InstanceType(
            name: name, vcpus: Int(vcpus), memoryGiB: try row.number("memory_gib", upper: InputLimits.memoryGiB)!,
            networkBaseline: gigabits(try row.number("network_baseline_gbps", positive: true, lower: InputLimits.smallestNetworkGbps, upper: InputLimits.largestNetworkGbps)!),
            networkBurst: try row.number("network_burst_gbps", optional: true, positive: true, lower: InputLimits.smallestNetworkGbps, upper: InputLimits.largestNetworkGbps).map(gigabits),
            localNVMe: try row.number("local_nvme_gb", optional: true, upper: InputLimits.localNVMeGB).map { DataSize.gb($0) },
            ebsBaseline: try row.number(
              "ebs_baseline_mbps", positive: true, lower: InputLimits.smallestEBSMbps, upper: InputLimits.largestEBSMbps
            ).map { DataRate(bytesPerSecond: $0 * 1e6 / 8) },
            pricePerHour: try row.price("price", atMost: InputLimits.price), source: try row.required("source"),
            asOf: try row.date("as_of")))
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
    guard table.rows.count <= InputLimits.priceRows.value else {
      throw InputErrors([
        InputError(file: file, message: "has \(table.rows.count) rows, above the limit of \(InputLimits.priceRows.text)")
      ])
    }
    var problems: [InputError] = []
    var rates: [RateRows] = []
    var index: [String: Int] = [:]
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
        let tier = Rate.Tier(
          start: try row.price("tier_start", atMost: InputLimits.tierStart), price: try row.price("price", atMost: InputLimits.price))
        if let position = index[id] {
          guard rates[position].unit == unit else {
            throw row.error(
              "unit", "'\(unitText)' differs from the unit of the earlier '\(id)' row", accepted: rates[position].unit.rawValue)
          }
          rates[position].tiers.append((tier, row.record))
        } else {
          index[id] = rates.count
          rates.append(RateRows(first: row, unit: unit, tiers: [(tier, row.record)]))
        }
      } catch {
        problems.append(error)
      }
    }
    for position in rates.indices { problems += rates[position].sortTiers(file: file) }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return rates.map(\.rate)
  }
}

/// The rows of one rate id in `rates.csv`, gathered in one pass; its tiers are sorted once at the
/// end (n log n), so a book with many tier rows reads in time proportional to its size.
struct RateRows {
  let first: CSVTable.Row
  let unit: PricingUnit
  var tiers: [(tier: Rate.Tier, record: Int)]

  /// Sorts the tiers by start (stable: file order among equal starts) and reports a start given twice.
  mutating func sortTiers(file: String) -> [InputError] {
    tiers = tiers.enumerated().sorted { a, b in
      a.element.tier.start != b.element.tier.start ? a.element.tier.start < b.element.tier.start : a.offset < b.offset
    }.map(\.element)
    var problems: [InputError] = []
    for (earlier, later) in zip(tiers, tiers.dropFirst()) where earlier.tier.start == later.tier.start {
      problems.append(
        InputError(
          file: file, line: later.record, field: "column tier_start",
          message: "tier of '\(first.text("id"))' starting at \(later.tier.start) is listed twice"))
    }
    return problems
  }

  var rate: Rate {
    Rate(
      id: first.text("id"), description: first.text("description"), serviceCategory: first.text("service_category"),
      serviceSubcategory: first.text("service_subcategory"), unit: unit, tiers: tiers.map(\.tier),
      source: first.text("source"), asOf: first.text("as_of"))
  }
}
