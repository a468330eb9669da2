import Foundation
import StreamCost

/// Reads a folder written by `streamcost compare --out` for `export notebook --from`, checking
/// every file the notebook loads before anything is written.
///
/// Required: `summary.csv`, `line_items.csv`, `assumptions.csv`, `sizing.csv`, each with its
/// documented columns. The simulation's `monthly.csv`, `scaling_events.csv` and `timeline.csv`
/// come all three or not at all: without them (a folder from `runs show --out`) the notebook
/// leaves out the monthly and brokers charts and says why. `run.csv` names the price book's
/// version; an older folder without it still exports, its header saying the version is unknown.
///
/// Problems are reported together, each naming the file, record and column; a missing file
/// or folder is `unreadable`, wrong content `invalid`.
public enum RunFolderReader {
  public static let reportFiles = ["summary.csv", "line_items.csv", "assumptions.csv", "sizing.csv"]
  public static let simulationFiles = [MonthlyCSV.fileName, ScalingEventsCSV.fileName, SimulationCSV.timelineFileName]
  static let accepted = "a folder written by `streamcost compare --out`"

  /// The run described by `folder`, and the files to export (copies of the folder's files).
  public static func read(_ folder: String) throws(InputErrors) -> (run: NotebookRun, files: [OutputFile]) {
    try requireFolder(folder)
    let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
    let present = Set((reportFiles + simulationFiles + [RunInfoCSV.fileName]).filter { FileManager.default.fileExists(atPath: path($0)) })
    var problems = reportFiles.filter { !present.contains($0) }.map { name in
      InputError(file: path(name), message: "no such file", accepted: "\(accepted): it holds \(reportFiles.joined(separator: ", "))", kind: .unreadable)
    }
    let simulation = simulationFiles.filter(present.contains)
    if !simulation.isEmpty {
      problems += simulationFiles.filter { !present.contains($0) }.map { name in
        InputError(
          file: path(name), message: "no such file, though the folder has \(simulation.joined(separator: " and "))",
          accepted: "all of \(simulationFiles.joined(separator: ", ")) as `compare --out` writes them, or none", kind: .unreadable)
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    var collected = Collected()
    collect(&problems) { () throws(InputErrors) in try readSummary(path("summary.csv"), into: &collected) }
    collect(&problems) { () throws(InputErrors) in
      _ = try CSVTable(path: path("line_items.csv"), required: ReportCSV.lineItemColumns)
      _ = try CSVTable(path: path("sizing.csv"), required: ReportCSV.sizingColumns)
      collected.assumptions = try readAssumptions(path("assumptions.csv"))
    }
    if present.contains(RunInfoCSV.fileName) {
      collect(&problems) { () throws(InputErrors) in collected.info = try readRunInfo(path(RunInfoCSV.fileName)) }
    }
    if !simulation.isEmpty {
      collect(&problems) { () throws(InputErrors) in try readMonthly(path(MonthlyCSV.fileName), into: &collected) }
      collect(&problems) { () throws(InputErrors) in
        try readEvents(path(ScalingEventsCSV.fileName), architectures: collected.architectures)
      }
      collect(&problems) { () throws(InputErrors) in
        try TimelineHeader.check(path(SimulationCSV.timelineFileName))
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    let names = reportFiles + (present.contains(RunInfoCSV.fileName) ? [RunInfoCSV.fileName] : []) + simulation
    return (run(collected, hasSimulation: !simulation.isEmpty), names.map { OutputFile.copy(name: $0, from: path($0)) })
  }

  /// What the files say, gathered as they are checked.
  struct Collected {
    var scenario = ""
    var currency = ""
    var architectures: [String] = []
    var assumptions: [[String]] = []
    var info: [String: String] = [:]
    var periodStart: String?
    var months: Int?
  }

  static func collect(_ problems: inout [InputError], _ body: () throws(InputErrors) -> Void) {
    do { try body() } catch { problems += error.errors }
  }

  static func requireFolder(_ folder: String) throws(InputErrors) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw InputErrors([InputError(file: folder, message: "no such folder", accepted: accepted, kind: .unreadable)])
    }
    guard isDirectory.boolValue else {
      throw InputErrors([InputError(file: folder, message: "is a file, not a folder", accepted: accepted, kind: .unreadable)])
    }
  }

  static func run(_ c: Collected, hasSimulation: Bool) -> NotebookRun {
    let info = c.info
    let pricing = c.assumptions.first { $0[0].isEmpty && $0[1] == "pricing" }?[2] ?? "unknown"
    return NotebookRun(
      scenario: c.scenario, description: info["description"] ?? "", priceBook: info["price_book"] ?? pricing,
      priceBookVersion: info["price_book_version"], currency: c.currency,
      month: info["month"] ?? c.assumptions.first { $0[0].isEmpty && $0[1] == "month" }?[2] ?? "730h",
      basis: info["basis"], periodStart: c.periodStart, months: c.months, origin: "a `streamcost compare --out` folder",
      architectures: c.architectures, assumptions: c.assumptions, hasSimulation: hasSimulation,
      missingSimulationReason: hasSimulation
        ? nil
        : "the folder has no `monthly.csv`, `timeline.csv` or `scaling_events.csv` (it was written by `streamcost runs show --out`, "
          + "which keeps only the comparison). Export from a `streamcost compare --out` folder to see these charts.")
  }

  /// summary.csv: one scenario and currency, known categories, every amount a number.
  static func readSummary(_ path: String, into c: inout Collected) throws(InputErrors) {
    let table = try CSVTable(path: path, required: ReportCSV.summaryRequiredColumns)
    let categories = CostCategory.allCases.map(\.rawValue) + ["total"]
    var problems: [InputError] = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let scenario = try row.required("scenario")
        let currency = try row.required("currency")
        let architecture = try row.required("architecture")
        let category = row.text("category")
        guard categories.contains(category) else {
          throw row.error("category", "unknown category '\(category)'", accepted: categories.joined(separator: ", "))
        }
        _ = try row.price("monthly_cost")
        if c.scenario.isEmpty { (c.scenario, c.currency) = (scenario, currency) }
        guard scenario == c.scenario else { throw row.error("scenario", "'\(scenario)' differs from '\(c.scenario)' on the first row", accepted: "one scenario per folder") }
        guard currency == c.currency else { throw row.error("currency", "'\(currency)' differs from '\(c.currency)' on the first row", accepted: "one currency per folder") }
        if !c.architectures.contains(architecture) { c.architectures.append(architecture) }
      } catch {
        problems.append(error)
      }
    }
    if table.rows.isEmpty {
      problems.append(InputError(file: path, message: "has no rows", accepted: "one row per architecture and category, then a total row"))
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
  }

  /// assumptions.csv, without its scenario column.
  static func readAssumptions(_ path: String) throws(InputErrors) -> [[String]] {
    let table = try CSVTable(path: path, required: ReportCSV.assumptionColumns)
    return table.rows.indices.map { i in
      let row = table.row(i)
      return ReportCSV.assumptionColumns.dropFirst().map { row.text($0) }
    }
  }

  /// run.csv as a dictionary.
  static func readRunInfo(_ path: String) throws(InputErrors) -> [String: String] {
    let table = try CSVTable(path: path, required: RunInfoCSV.columns)
    var info: [String: String] = [:]
    for i in table.rows.indices { info[table.row(i).text("key")] = table.row(i).text("value") }
    return info
  }

  /// monthly.csv: instants and amounts readable; the first month's start and the month count.
  static func readMonthly(_ path: String, into c: inout Collected) throws(InputErrors) {
    let table = try CSVTable(path: path, required: MonthlyCSV.requiredColumns)
    var problems: [InputError] = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let start = try row.required("month_start")
        guard ISOTimestamp.parse(start) != nil else { throw row.error("month_start", "'\(start)' is not an instant", accepted: ISOTimestamp.accepted) }
        guard let month = Int(row.text("month")), month >= 1 else {
          throw row.error("month", "'\(row.text("month"))' is not a month number", accepted: "1, 2, …")
        }
        _ = try row.price("cost")
        if c.periodStart == nil { c.periodStart = start }
        c.months = max(c.months ?? 0, month)
      } catch {
        problems.append(error)
      }
    }
    if table.rows.isEmpty { problems.append(InputError(file: path, message: "has no rows", accepted: "one row per month, architecture and category")) }
    guard problems.isEmpty else { throw InputErrors(problems) }
  }

  /// scaling_events.csv: instants readable, counts whole numbers, architectures those of summary.csv.
  static func readEvents(_ path: String, architectures: [String]) throws(InputErrors) {
    let table = try CSVTable(path: path, required: ScalingEventsCSV.columns)
    var problems: [InputError] = []
    for i in table.rows.indices {
      let row = table.row(i)
      let time = row.text("time")
      if ISOTimestamp.parse(time) == nil { problems.append(row.error("time", "'\(time)' is not an instant", accepted: ISOTimestamp.accepted)) }
      for column in ["before", "after"] where Int(row.text(column)).map({ $0 < 0 }) ?? true {
        problems.append(row.error(column, "'\(row.text(column))' is not a broker count", accepted: "a whole number, 0 or more"))
      }
      let architecture = row.text("architecture")
      if !architectures.isEmpty && !architectures.contains(architecture) {
        problems.append(
          row.error("architecture", "'\(architecture)' is not in summary.csv", accepted: architectures.joined(separator: ", ")))
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
  }
}
