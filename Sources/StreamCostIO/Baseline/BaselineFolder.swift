import Foundation
import StreamCost

/// The committed regression baselines: one `<scenario file stem>.csv` per scenario, each exactly
/// the `summary.csv` that `compare --out` writes for it (`ReportCSV.summary`).
///
/// `update` rewrites them from a recomputation; `sides` reads them next to a recomputation so
/// that ``BaselineDelta`` can compare the two.
public enum BaselineFolder {
  /// Baseline files are the `*.csv` files of the folder.
  public static let fileExtension = "csv"

  /// What `update` did to one baseline file.
  public struct FileChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
      /// Written for a scenario that had no baseline.
      case new
      /// Rewritten with different content.
      case updated
      /// Rewritten with the same bytes.
      case unchanged
      /// Deleted, because its scenario file no longer exists.
      case removed
    }

    public var kind: Kind
    public var file: String
  }

  /// Both sides of a check: the committed lines and the recomputed ones, keyed by scenario file stem.
  public struct Sides: Sendable {
    public var baseline: [BaselineDelta.Line]
    public var now: [BaselineDelta.Line]
  }

  /// `directory/<stem>.csv`.
  public static func path(for stem: String, in directory: String) -> String {
    (directory as NSString).appendingPathComponent("\(stem).\(fileExtension)")
  }

  /// Writes the baseline of every priced scenario (atomically, all or none), then removes
  /// baseline files whose scenario is gone. Returns what happened to each file, by name.
  public static func update(_ priced: [ScenarioFolder.Priced], in directory: String) throws(InputError) -> [FileChange] {
    let existing = FileManager.default.fileExists(atPath: directory) ? try stems(in: directory) : []
    var changes: [FileChange] = []
    var files: [(name: String, contents: String)] = []
    for scenario in priced {
      let path = path(for: scenario.stem, in: directory)
      let contents = ReportCSV.summary(scenario.comparison)
      let kind: FileChange.Kind =
        !existing.contains(scenario.stem) ? .new : (try? TextFile.read(path)) == contents ? .unchanged : .updated
      changes.append(FileChange(kind: kind, file: path))
      files.append(((path as NSString).lastPathComponent, contents))
    }
    try OutputDirectory.write(files, to: directory)
    let kept = Set(priced.map(\.stem))
    for stem in existing where !kept.contains(stem) {
      let path = path(for: stem, in: directory)
      do { try FileManager.default.removeItem(atPath: path) } catch {
        throw InputError(file: path, message: "cannot be removed (\(error.localizedDescription))", kind: .unwritable)
      }
      changes.append(FileChange(kind: .removed, file: path))
    }
    return changes.sorted { $0.file < $1.file }
  }

  /// The committed lines of every baseline in `directory` and the recomputed lines of every priced scenario.
  public static func sides(_ priced: [ScenarioFolder.Priced], in directory: String) throws(InputErrors) -> Sides {
    let stems: [String]
    do { stems = try self.stems(in: directory) } catch { throw InputErrors([error]) }
    var baseline: [BaselineDelta.Line] = []
    var problems: [InputError] = []
    for stem in stems {
      do throws(InputErrors) {
        baseline += try read(path(for: stem, in: directory), scenario: stem)
      } catch {
        problems += error.errors
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    let now = priced.flatMap { BaselineDelta.lines(of: $0.comparison, scenario: $0.stem) }
    return Sides(baseline: baseline, now: now)
  }

  /// Stems of the `*.csv` files in `directory`, sorted.
  static func stems(in directory: String) throws(InputError) -> [String] {
    try FolderListing.files(
      in: directory, withExtension: fileExtension,
      describing: "a folder of baseline CSV files; create one with `streamcost baseline update`"
    ).map(ScenarioFolder.stem)
  }

  /// Reads the baseline file at `path` as lines of `scenario`.
  /// Its (architecture, category, monthly_cost) rows; the scenario and currency columns are not compared.
  public static func read(_ path: String, scenario: String) throws(InputErrors) -> [BaselineDelta.Line] {
    let table = try CSVTable(path: path, required: ReportCSV.summaryRequiredColumns)
    guard !table.rows.isEmpty else {
      throw InputErrors([
        InputError(file: path, message: "holds no rows", accepted: "the summary.csv of its scenario, as `streamcost baseline update` writes it")
      ])
    }
    var lines: [BaselineDelta.Line] = []
    var seen: Set<[String]> = []
    var problems: [InputError] = []
    for i in table.rows.indices {
      do throws(InputError) {
        let line = try self.line(table.row(i), scenario: scenario)
        guard seen.insert([line.architecture, line.category]).inserted else {
          throw table.row(i).error(
            "category", "'\(line.architecture)' × '\(line.category)' is listed twice", accepted: "one row per architecture and category")
        }
        lines.append(line)
      } catch {
        problems.append(error)
      }
    }
    guard problems.isEmpty else { throw InputErrors(problems) }
    return lines
  }

  static func line(_ row: CSVTable.Row, scenario: String) throws(InputError) -> BaselineDelta.Line {
    let cost = try row.required("monthly_cost")
    guard let amount = ExactDecimal.parse(cost) else {
      throw row.error("monthly_cost", "'\(cost)' is not an amount", accepted: "a plain decimal such as 898.125")
    }
    return BaselineDelta.Line(
      scenario: scenario, architecture: try row.required("architecture"), category: try row.required("category"), amount: amount)
  }
}
