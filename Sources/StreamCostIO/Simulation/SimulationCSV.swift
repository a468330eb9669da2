import StreamCost

/// The simulation's whole-text output files, ready for `OutputDirectory.write`
/// (the timeline is streamed separately by ``TimelineCSVWriter``).
public enum SimulationCSV {
  /// File name of the streamed timeline.
  public static let timelineFileName = "timeline.csv"

  /// `scaling_events.csv` and `monthly.csv`, with the scenario name and currency of the
  /// result's comparison.
  public static func files(_ result: SimulationResult) -> [(name: String, contents: String)] {
    let scenario = result.comparison.scenario
    let currency = result.comparison.book.currency
    return [
      (ScalingEventsCSV.fileName, ScalingEventsCSV.document(result.events, grid: result.grid, currency: currency)),
      (MonthlyCSV.fileName, MonthlyCSV.document(result, scenario: scenario, currency: currency)),
    ]
  }
}
