import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost sweep`: simulates a scenario for every combination of varied parameters and finds crossovers.
  struct Sweep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Simulate a scenario for every combination of varied parameters and find where the cheapest architecture changes.",
      discussion: """
        --vary PATH=VALUES names a scenario key by its path (topology.azs, horizon, feeds.<name>.retention, \
        feeds[0].fan_out, architectures.<type or name>.compaction_read) or workload.write (the total write; every \
        feed's write is scaled by the same factor). VALUES is a list a,b,c, a linear range lo..hi:step (1d..30d:1d) \
        or a geometric range lo..hi:xF (50MB/s..2GB/s:x2). At most 100000 combinations. An architecture that no \
        instance type can carry at a point is shown as infeasible there, with the limit that binds, and the sweep \
        goes on. With --out, writes sweep.csv (one row per combination and architecture) and crossover.csv.
        """)

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @Option(name: .customLong("vary"), help: "PATH=VALUES to vary (repeatable).")
    var vary: [String] = []

    @Option(help: "Folder to write sweep.csv and crossover.csv into (created if missing).")
    var out: String?

    @OptionGroup var jobs: JobsOptions

    @Flag(help: "Do not refine crossovers (grid only; crossover.csv is not written).")
    var noCrossover = false

    @Option(help: "Report the crossovers of two architectures, by name (A,B): where the cheaper of the two changes.")
    var pair: String?

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
      if vary.isEmpty { throw ValidationError("give at least one --vary PATH=VALUES, e.g. --vary topology.azs=2,3") }
      if pair != nil && noCrossover { throw ValidationError("--pair reports crossovers; leave out --no-crossover") }
    }

    func run() async throws {
      do {
        let grid = try SweepGrid(axes: try vary.map { option throws(SweepError) in try SweepAxis.parse(option) })
        let template = try SweepTemplate.load(scenario) { try pricing.book(for: $0, scenarioFile: scenario) }
        let run = try SweepRun(template: template, grid: grid)
        let mode = try pair.map { text throws(SweepError) in try CrossoverSearch.Mode(pair: text, names: run.architectureNames) } ?? .cheapest
        let progress = SweepProgress("sweep", total: grid.count)
        let outcomes = try await run.outcomes(jobs: jobs.count, progress: progress.tick)
        progress.finish()
        var crossovers: [CrossoverSearch.Crossover] = []
        if !noCrossover {
          let brackets = CrossoverSearch.brackets(grid, outcomes: outcomes, mode: mode).count
          let refining = SweepProgress("crossovers", total: brackets)
          crossovers = try await run.crossovers(outcomes, mode: mode, jobs: jobs.count, progress: refining.tick)
          refining.finish()
        }
        if let out {
          var files = [(SweepCSV.sweepFileName, SweepCSV.sweep(run, outcomes: outcomes))]
          if !noCrossover { files.append((SweepCSV.crossoverFileName, SweepCSV.crossover(run, crossovers: crossovers, mode: mode))) }
          try OutputDirectory.write(files, to: out)
        }
        print(TerminalText.report(SweepTables.sweep(run, outcomes: outcomes)), terminator: "")
        if !noCrossover { print(TerminalText.report(SweepTables.crossovers(run, crossovers, mode: mode)), terminator: "") }
      } catch let error as SweepError {
        throw SweepUsage.report(error)
      } catch {
        throw ExitStatus.report(error)
      }
    }
  }
}

/// Bad `--vary` and `--range` options: one message, exit status 64 (usage), like other option errors.
enum SweepUsage {
  static let status: Int32 = 64

  static func report(_ error: SweepError) -> ExitCode {
    ExitStatus.printError(error.description)
    return ExitCode(status)
  }
}
