import StreamCost

/// Reads a feed's `replay:` job: `{every: 7d, history: 3d, rate: 200 MB/s, first: 2d}`
/// (`first`, an offset or an ISO time, defaults to the simulation start).
enum ReplayReader {
  static func read(_ value: YAMLValue, clock: ScenarioClock) throws(InputError) -> ReplayJob {
    let map = try value.mapping(ScenarioKeys.replay)
    var job = ReplayJob(
      every: try map.required("every", accepted: "how often the job runs, e.g. '7d'").duration(),
      history: try map.required("history", accepted: "how much of the feed's data it reads, e.g. '3d'").duration(),
      rate: try map.required("rate", accepted: "the rate it reads at, e.g. '200 MB/s'").rate())
    if let first = map["first"] { job.first = try clock.offset(first) }
    return job
  }
}
