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
        Prints wall time, architecture-steps per second and the process's peak memory. Build with -c release for figures. \
        With --sweep N, times instead a sweep of about N combinations (retention × total write) of one year at 1-hour steps.
        """)

    @Argument(help: "Scenario to simulate (its horizon and step are replaced).")
    var scenario: String = "scenarios/telco-c360-feeds.yaml"

    @OptionGroup var pricing: PricingOptions

    @Option(help: "Horizon to simulate.")
    var horizon: String = "8760h"

    @Option(help: "Time a sweep of about this many combinations instead (e.g. 10000).")
    var sweep: Int?

    @Option(help: "Simulations run at once in the sweep benchmark (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
      if let sweep {
        do { try await SweepBench(scenario: scenario, pricing: pricing, horizon: horizon, combinations: sweep, jobs: jobs).run() } catch {
          throw ExitStatus.report(error)
        }
        return
      }
      do {
        let document = try ScenarioLoader.document(scenario)
        let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
        let span = try QuantityParser.duration(horizon)
        print("streamcost bench: \(document.scenario.name), \(document.scenario.architectures.count) architectures, horizon \(horizon)")
        print("step    steps      arch-steps   wall s    arch-steps/s   peak memory MB")
        for step in [TimeSpan.hours(1), TimeSpan.minutes(1)] {
          var bench = document.scenario
          bench.time = TimeSettings(start: bench.time.start, horizon: span, step: step)
          if bench.profile.isFlat { bench.profile = LoadProfile([.diurnal(.peak(hour: 20, multiplier: 2))]) }
          var sink = CountingSink()
          let began = DispatchTime.now().uptimeNanoseconds
          _ = try Simulator(book: book).run(bench, timeline: &sink)
          let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
          let row = [
            Format.duration(step).padding(toLength: 8, withPad: " ", startingAt: 0),
            String(bench.time.stepCount).padding(toLength: 11, withPad: " ", startingAt: 0),
            String(sink.records).padding(toLength: 13, withPad: " ", startingAt: 0),
            Format.number(seconds, places: 3).padding(toLength: 10, withPad: " ", startingAt: 0),
            Format.number((Double(sink.records) / seconds).rounded(), places: 0).padding(toLength: 15, withPad: " ", startingAt: 0),
            Format.number(Self.peakMemoryMB(), places: 1),
          ]
          print(row.joined())
        }
      } catch {
        throw ExitStatus.report(error)
      }
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
