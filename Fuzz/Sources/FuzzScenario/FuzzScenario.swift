import FuzzSupport
import StreamCost
import StreamCostIO

/// One input is one scenario YAML file, read and validated by the loader the CLI uses, then
/// summarised as `streamcost scenario check` prints it. Relative series paths resolve in the
/// fuzzing folder, which holds a small valid `series.csv` for seeds that name it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let workspace = ScenarioWorkspace.shared
  let file = workspace.write(FuzzInput(data, size).bytes, to: ScenarioWorkspace.scenarioName)
  do {
    let scenario = try ScenarioLoader.load(file)
    _ = "\(scenario.name), \(scenario.feeds.count) feeds, \(Format.rate(scenario.totalWrite)) written"
  } catch {
    renderRefusal(error)
  }
  return 0
}

/// The fuzzing folder, with the measured series that seed scenarios name.
enum ScenarioWorkspace {
  static let scenarioName = "scenario.yaml"
  static let seriesName = "series.csv"
  /// Six hourly samples from the scenario default start, 2026-01-01T00:00:00Z, in bytes/s.
  static let series = """
    timestamp,bytes_per_second
    2026-01-01T00:00:00Z,50000000
    2026-01-01T01:00:00Z,80000000
    2026-01-01T02:00:00Z,120000000
    2026-01-01T03:00:00Z,90000000
    1767236400,60000000
    2026-01-01T05:00:00Z,40000000

    """

  static let shared: FuzzWorkspace = {
    let workspace = FuzzWorkspace.shared
    workspace.write(series.utf8, to: seriesName)
    return workspace
  }()
}
