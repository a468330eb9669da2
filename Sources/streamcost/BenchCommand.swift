import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost bench`: times the simulator on a year of the demo scenario.
  struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Time the simulator: one year of a scenario, every architecture and cost line, at 1-hour and 1-minute steps.",
      discussion: """
        Runs each simulation --runs times and prints the best and median wall time, architecture-steps per second (best) and the process's peak memory. Build with -c release for figures. \
        With --sweep N, times instead a sweep of about N combinations (retention × total write) of one year at 1-hour steps; \
        with --uncertainty N, a Monte Carlo run of N samples of one year at 1-hour steps; \
        with --feeds N, one run of a month at 5-minute steps with the scenario's feeds repeated to N (memory against feed count).
        """)

    @Argument(help: "Scenario to simulate (its horizon and step are replaced).")
    var scenario: String = "scenarios/telco-c360-feeds.yaml"

    @OptionGroup var pricing: PricingOptions

    @Option(help: "Horizon to simulate.")
    var horizon: String = "8760h"

    /// Runs per simulation when `--runs` is not given: enough for a median on a machine whose speed drifts.
    static let defaultRuns = 5

    @Option(help: "Times each simulation is run (default \(defaultRuns)); the best and the median wall time are printed (the machine's speed varies from run to run).")
    var runs: Int?

    @Option(help: "Time a sweep of about this many combinations instead (e.g. 10000).")
    var sweep: Int?

    @Option(help: "Time a Monte Carlo run of this many samples instead (e.g. 1000).")
    var uncertainty: Int?

    @Option(help: "Time a month at 5-minute steps with this many feeds instead (e.g. 10000).")
    var feeds: Int?

    @OptionGroup var jobs: JobsOptions

    func validate() throws {
      if let uncertainty, uncertainty < 1 { throw ValidationError("--uncertainty must be at least 1, got \(uncertainty)") }
      if uncertainty != nil, sweep != nil || runs != nil { throw ValidationError("--uncertainty is timed on its own, without --sweep or --runs") }
      if let feeds, feeds < 1 { throw ValidationError("--feeds must be at least 1, got \(feeds)") }
      if feeds != nil, uncertainty != nil || sweep != nil || runs != nil { throw ValidationError("--feeds is timed on its own, without --sweep, --uncertainty or --runs") }
      if let runs, runs < 1 { throw ValidationError("--runs must be at least 1, got \(runs)") }
      if runs != nil, sweep != nil { throw ValidationError("--runs times the single runs; a --sweep is timed once") }
    }

    func run() async throws {
      if let uncertainty {
        do {
          try await UncertaintyBench(scenario: scenario, pricing: pricing, horizon: horizon, samples: uncertainty, jobs: jobs.count).run()
        } catch {
          throw ExitStatus.report(error)
        }
        return
      }
      if let feeds {
        do {
          let document = try ScenarioLoader.document(scenario)
          let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
          try FeedsBench(scenario: document.scenario, book: book, feeds: feeds).run()
        } catch {
          throw ExitStatus.report(error)
        }
        return
      }
      if let sweep {
        do { try await SweepBench(scenario: scenario, pricing: pricing, horizon: horizon, combinations: sweep, jobs: jobs.count).run() } catch {
          throw ExitStatus.report(error)
        }
        return
      }
      do {
        let document = try ScenarioLoader.document(scenario)
        let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
        let span = try QuantityParser.duration(horizon)
        print("streamcost bench: \(TerminalText.escaped(document.scenario.name)), \(document.scenario.architectures.count) architectures, horizon \(horizon)")
        print("step    steps      arch-steps   best s    median s   arch-steps/s (best)   peak memory MB")
        for step in [TimeSpan.hours(1), TimeSpan.minutes(1)] {
          var bench = document.scenario
          bench.time = TimeSettings(start: bench.time.start, horizon: span, step: step)
          if bench.profile.isFlat { bench.profile = LoadProfile([.diurnal(.peak(hour: 20, multiplier: 2))]) }
          var walls: [Double] = []
          var records = 0
          for _ in 0..<(runs ?? Self.defaultRuns) {
            var sink = CountingSink()
            let began = DispatchTime.now().uptimeNanoseconds
            _ = try Simulator(book: book).run(bench, timeline: &sink)
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9)
            records = sink.records
          }
          walls.sort()
          let row = [
            Format.duration(step).padding(toLength: 8, withPad: " ", startingAt: 0),
            String(bench.time.stepCount).padding(toLength: 11, withPad: " ", startingAt: 0),
            String(records).padding(toLength: 13, withPad: " ", startingAt: 0),
            Format.number(walls[0], places: 3).padding(toLength: 10, withPad: " ", startingAt: 0),
            Format.number(Self.median(walls), places: 3).padding(toLength: 11, withPad: " ", startingAt: 0),
            Format.number((Double(records) / walls[0]).rounded(), places: 0).padding(toLength: 22, withPad: " ", startingAt: 0),
            Format.number(Self.peakMemoryMB(), places: 1),
          ]
          print(row.joined())
        }
      } catch {
        throw ExitStatus.report(error)
      }
    }

    /// The middle of sorted `values`, or the mean of the two middle ones.
    static func median(_ values: [Double]) -> Double {
      let middle = values.count / 2
      return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }

    /// The process's peak resident set so far (getrusage ru_maxrss, KiB on Linux), in MB.
    static func peakMemoryMB() -> Double {
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) * 1_024 / 1e6
    }
  }
}

/// Counts timeline records without keeping them: what a benchmark needs.
struct CountingSink: TimelineSink {
  var records = 0
  mutating func accept(_ record: StepRecord) { records += 1 }
}
