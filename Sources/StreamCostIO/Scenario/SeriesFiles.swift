import Foundation
import StreamCost

/// The measured-series files one scenario names, each read once, relative to the scenario's folder.
///
/// A file whose content is wrong does not stop the reading of the scenario: its problems are kept
/// in ``problems`` (an empty series stands in for it), so that every bad file and row is reported
/// together once the YAML has been read. A file that cannot be opened stops at once, at the key
/// that names it.
final class SeriesFiles {
  /// The folder relative paths start from: the scenario file's own ("" for a bare file name).
  let folder: String
  private var read: [String: MeasuredSeries] = [:]
  private(set) var problems: [InputError] = []

  /// Every series file read so far, resolved paths in order.
  var paths: [String] { read.keys.sorted() }

  init(scenarioFile: String) {
    folder = (scenarioFile as NSString).deletingLastPathComponent
  }

  /// The path `written` in the scenario leads to: absolute as is, else under ``folder``.
  func resolve(_ written: String) -> String {
    written.hasPrefix("/") || folder.isEmpty ? written : (folder as NSString).appendingPathComponent(written)
  }

  /// The series in the file that `value` (a `file:` key) names.
  func series(_ value: YAMLValue) throws(InputError) -> MeasuredSeries {
    let path = resolve(try value.string())
    if let known = read[path] { return known }
    let series: MeasuredSeries
    do throws(InputErrors) {
      series = try SeriesReader.read(path)
    } catch {
      if let unreadable = error.errors.first(where: { $0.kind == .unreadable }) {
        throw InputError(
          file: value.context.file, line: value.line, field: value.path, message: "series \(unreadable.file): \(unreadable.message)",
          accepted: "a CSV file, its path relative to the scenario's folder", kind: .unreadable)
      }
      problems += error.errors
      series = MeasuredSeries(source: path, times: [], bytesPerSecond: [])
    }
    read[path] = series
    return series
  }
}
