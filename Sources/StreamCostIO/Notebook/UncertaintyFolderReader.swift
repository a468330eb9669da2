import Foundation
import StreamCost

/// Reads a folder written by `streamcost uncertainty --out` for `export notebook`, checking every
/// file the notebook loads (its documented columns, one scenario and currency) before anything is
/// written. A ledger run's stored files are written to a scratch folder and read the same way.
public enum UncertaintyFolderReader {
  public static let files = [
    UncertaintyCSV.quantilesFileName, UncertaintyCSV.monthlyQuantilesFileName, UncertaintyCSV.samplesFileName,
    UncertaintyCSV.rankingFileName, UncertaintyCSV.runFileName,
  ]
  static let accepted = "a folder written by `streamcost uncertainty --out`"

  /// True when `folder` holds `quantiles.csv`: an `uncertainty --out` folder rather than a `compare --out` one.
  public static func isUncertaintyFolder(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(UncertaintyCSV.quantilesFileName))
  }

  /// The run described by `folder`, and the files to export (copies of the folder's files).
  /// `origin` says where the run came from in the notebook's header.
  public static func read(_ folder: String, origin: String? = nil) throws(InputErrors) -> (run: UncertaintyNotebookRun, files: [OutputFile]) {
    let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
    let missing = files.filter { !FileManager.default.fileExists(atPath: path($0)) }
    guard missing.isEmpty else {
      throw InputErrors(missing.map { name in
        InputError(file: path(name), message: "no such file", accepted: "\(accepted): it holds \(files.joined(separator: ", "))", kind: .unreadable)
      })
    }
    var problems: [InputError] = []
    var info: [String: String] = [:]
    var architectures: [String] = []
    do {
      let table = try CSVTable(path: path(UncertaintyCSV.runFileName), required: RunInfoCSV.columns)
      for i in table.rows.indices { info[table.row(i).text("key")] = table.row(i).text("value") }
      for key in ["scenario", "currency", "seed", "samples"] where (info[key] ?? "").isEmpty {
        problems.append(InputError(file: table.file, field: key, message: "has no value for '\(key)'", accepted: accepted))
      }
    } catch { problems += error.errors }
    do {
      architectures = try amounts(path(UncertaintyCSV.quantilesFileName), required: UncertaintyCSV.quantilesColumns, currency: info["currency"])
      _ = try amounts(path(UncertaintyCSV.monthlyQuantilesFileName), required: UncertaintyCSV.monthlyQuantilesColumns, currency: info["currency"])
      _ = try CSVTable(path: path(UncertaintyCSV.rankingFileName), required: UncertaintyCSV.rankingColumns)
      let samples = try CSVTable(path: path(UncertaintyCSV.samplesFileName), required: ["sample"] + architectures)
      if samples.rows.isEmpty { problems.append(InputError(file: samples.file, message: "has no rows", accepted: "one row per sample")) }
    } catch { problems += error.errors }
    guard problems.isEmpty else { throw InputErrors(problems) }
    let run = UncertaintyNotebookRun(
      scenario: info["scenario"] ?? "", description: info["description"] ?? "", priceBook: info["price_book"] ?? "",
      currency: info["currency"] ?? "", month: info["month"] ?? "", seed: info["seed"] ?? "", samples: info["samples"] ?? "",
      precision: info["precision"] ?? "", origin: origin ?? "a `streamcost uncertainty --out` folder", architectures: architectures)
    return (run, files.map { OutputFile.copy(name: $0, from: path($0)) })
  }

  /// A ledger run's stored files, written into `scratch` (which the caller removes after the
  /// export) and read as a folder; the header names the run.
  public static func read(_ stored: StoredRun, _ uncertainty: UncertaintyRecord, scratch: String) throws -> (run: UncertaintyNotebookRun, files: [OutputFile]) {
    try OutputDirectory.write(uncertainty.files.map { (name: $0.path, contents: $0.text) }, to: scratch)
    let origin = "run \(stored.id) of the ledger, recorded \(stored.recordedAt) by streamcost \(stored.toolVersion) from `\(stored.scenarioFile)` (sha256 \(stored.scenarioSHA256.prefix(12)))"
    return try read(scratch, origin: origin)
  }

  /// Checks a quantile file's amounts and currency; returns its architectures in first-seen order.
  static func amounts(_ path: String, required: [String], currency: String?) throws(InputErrors) -> [String] {
    let table = try CSVTable(path: path, required: required)
    var architectures: [String] = []
    var problems: [InputError] = []
    for i in table.rows.indices {
      let row = table.row(i)
      do throws(InputError) {
        let name = try row.required("architecture")
        for column in ["mean", "p5", "p10", "p50", "p90", "p95"] { _ = try row.price(column) }
        if let currency, row.text("currency") != currency {
          throw row.error("currency", "'\(row.text("currency"))' differs from run.csv's '\(currency)'", accepted: "one currency per folder")
        }
        if !architectures.contains(name) { architectures.append(name) }
      } catch {
        problems.append(error)
      }
    }
    if table.rows.isEmpty { problems.append(InputError(file: path, message: "has no rows", accepted: "one row per architecture")) }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return architectures
  }
}
