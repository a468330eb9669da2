import FuzzSupport
import StreamCost
import StreamCostIO

/// One input is one measured-series CSV file (`timestamp,bytes_per_second`). The CLI reads a series
/// only through a scenario's `series:` profile, so the input is read through a fixed scenario whose
/// feed names it and leaves `write:` out: the loader reads the series, resamples it on the scenario's
/// five-minute grid for the feed's mean rate, and validates the scenario, as `compare` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSeries(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let workspace = SeriesWorkspace.shared
  workspace.write(FuzzInput(data, size).bytes, to: SeriesWorkspace.seriesName)
  do {
    let scenario = try ScenarioLoader.load(workspace.path(SeriesWorkspace.scenarioName))
    _ = Format.rate(scenario.totalWrite)
  } catch {
    renderRefusal(error)
  }
  return 0
}

/// The fuzzing folder, with the scenario that names the series.
enum SeriesWorkspace {
  static let scenarioName = "scenario.yaml"
  static let seriesName = "series.csv"
  /// Two days at five-minute steps (576 steps) from the default start, 2026-01-01T00:00:00Z.
  static let scenario = """
    version: 1
    name: fuzz-series
    pricing: aws/us-east-1
    horizon: 2d
    step: 5m
    feeds:
      - name: measured
        profile:
          - series: {file: \(seriesName)}
        partitions: 12

    """

  static let shared: FuzzWorkspace = {
    let workspace = FuzzWorkspace.shared
    workspace.write(scenario.utf8, to: scenarioName)
    return workspace
  }()
}
