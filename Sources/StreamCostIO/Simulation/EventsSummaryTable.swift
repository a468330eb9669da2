import Foundation
import StreamCost

/// The terminal summary of a simulation's scaling and failure events, at most ``width`` columns:
///
/// ```
/// scaling and failure events · 30d in 1m steps
///
/// architecture    events  data moved  longest lead  hours short
/// ─────────────────────────────────────────────────────────────
/// kafka                3   12.34 TiB          302m         12.5
/// shared-storage       3         0 B            2m          0.0
///
/// brokers / agents over the horizon (each point the most running in its stretch)
/// kafka           6 ▁▁▂▃▅▇█▇▅▃▂▁ 12
/// shared-storage  6 ▁▁▂▃▅▇█▇▅▃▂▁ 12
/// ```
///
/// Per architecture: events (scaling and failures), bytes moved between brokers (binary
/// units), the longest lead time of a scale-out or recovery (rounded to the minute from one
/// minute up, to the second below; `—` when there was none), hours short of capacity (one
/// decimal), and a ``Sparkline`` of the running count with its minimum and maximum either side.
public enum EventsSummaryTable {
  /// Widest line printed.
  public static let width = 100
  /// Widest architecture name beside a sparkline; longer names are clipped with `…`.
  static let nameWidth = 24
  /// Shown for an architecture that had no scale-out or recovery.
  static let none = "—"
  /// Decimals of the hours-short column.
  static let hoursPlaces = 1
  static let secondsPerMinute = 60.0

  public static func render(_ result: SimulationResult) -> String {
    let grid = result.grid
    var out = "scaling and failure events · \(Format.duration(TimeSpan(seconds: grid.duration))) in "
      + "\(Format.duration(TimeSpan(seconds: grid.step))) steps\n\n"
    var table = TextTable(
      header: ["architecture", "events", "data moved", "longest lead", "hours short"],
      alignments: [.left, .right, .right, .right, .right])
    for totals in result.totals {
      table.rows.append([
        totals.name, String(totals.events), Format.size(DataSize(bytes: totals.bytesMoved)), lead(totals.longestLeadTime),
        Format.grouped(ExactDecimal.rounded(totals.hoursShort, places: hoursPlaces), places: hoursPlaces),
      ])
    }
    out += table.render()
    out += "\nbrokers / agents over the horizon (each point the most running in its stretch)\n"
    out += sparklines(result.totals)
    return out
  }

  /// A lead time in seconds, rounded to a readable unit.
  static func lead(_ seconds: Double) -> String {
    guard seconds > 0 else { return none }
    let rounded = seconds >= secondsPerMinute
      ? (seconds / secondsPerMinute).rounded() * secondsPerMinute
      : max(1, seconds.rounded())
    return Format.duration(TimeSpan(seconds: rounded))
  }

  /// One line per architecture: name, minimum, sparkline, maximum, the sparklines aligned.
  static func sparklines(_ totals: [SimulationResult.Totals]) -> String {
    let names = totals.map { clip($0.name) }
    let lows = totals.map { $0.countSamples.min().map(String.init) ?? none }
    let highs = totals.map { $0.countSamples.max().map(String.init) ?? none }
    let nameColumn = names.map(\.count).max() ?? 0
    let lowColumn = lows.map(\.count).max() ?? 0
    let highColumn = highs.map(\.count).max() ?? 0
    let chartWidth = max(1, width - nameColumn - TextTable.gap - lowColumn - highColumn - 2)
    var out = ""
    for (i, t) in totals.enumerated() {
      let chart = Sparkline.render(Sparkline.fitted(t.countSamples, width: chartWidth))
      let line = pad(names[i], nameColumn) + String(repeating: " ", count: TextTable.gap)
        + String(repeating: " ", count: lowColumn - lows[i].count) + lows[i] + " " + chart + " " + highs[i]
      out += line + "\n"
    }
    return out
  }

  static func clip(_ raw: String) -> String {
    let name = TerminalText.escaped(raw)
    return name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
