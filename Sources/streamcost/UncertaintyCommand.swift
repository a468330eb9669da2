import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost uncertainty`: Monte Carlo over the scenario's uncertain inputs and the documented model parameters.
  struct Uncertainty: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Monte Carlo: P10/P50/P90 of each architecture's bill and the chance each is cheapest.",
      discussion: """
        Draws the documented uncertain model parameters (triangular over their range, the default as mode) and the \
        inputs the scenario gives as {p10, p50, p90} (a feed's write, fan_out, retention and uncertainty.prices, lognormal; \
        a profile's growth, normal), \
        correlated as uncertainty.correlate states (Iman–Conover), in Latin hypercube batches of \
        \(ModelDefaults.uncertaintyBatch.value). Stops when every P50's standard error is below --precision. \
        With --out, writes quantiles.csv, monthly_quantiles.csv, samples.csv, ranking.csv and run.csv. Records the run \
        (seed, samples, files) in the ledger unless --no-ledger. See docs/uncertainty.md.
        """)

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @Option(help: "Most samples to draw (default \(ModelDefaults.uncertaintySamples.value)).")
    var samples: Int = ModelDefaults.uncertaintySamples.value

    @Option(help: "Seed of the sample stream (default \(ModelDefaults.uncertaintySeed.value)); the same seed gives the same files.")
    var seed: UInt64 = ModelDefaults.uncertaintySeed.value

    /// ``ModelDefaults/uncertaintyPrecision`` as a percentage.
    static let defaultPrecision = Format.number(ModelDefaults.uncertaintyPrecision.value * 100) + "%"

    @Option(help: "Stop when every P50's standard error is below this fraction of it, e.g. 0.5% or 0.005; 0 draws every sample (default \(defaultPrecision)).")
    var precision: String = defaultPrecision

    @Option(help: "A sample counts as short of capacity when short for more than this many hours (default 0).")
    var shortHours: Double = ModelDefaults.uncertaintyShortHours.value

    @Option(help: "Folder to write quantiles.csv, monthly_quantiles.csv, samples.csv, ranking.csv and run.csv into (created if missing).")
    var out: String?

    @OptionGroup var ledger: LedgerOptions

    @Flag(help: "Do not record this run in the ledger.")
    var noLedger = false

    @OptionGroup var jobs: JobsOptions

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
      if samples < 1 { throw ValidationError("--samples must be at least 1, got \(samples)") }
      let p = try precisionFraction()
      if !(0..<1).contains(p) { throw ValidationError("--precision must be from 0 up to (not including) 100%, got \(precision)") }
      if !(shortHours >= 0) { throw ValidationError("--short-hours must be 0 or more, got \(shortHours)") }
    }

    func precisionFraction() throws -> Double {
      do { return try QuantityParser.fraction(precision).value } catch {
        throw ValidationError("--precision: cannot read '\(precision)' (accepted: a percentage such as 0.5% or a fraction such as 0.005)")
      }
    }

    func options() throws -> UncertaintyRun.Options {
      var options = UncertaintyRun.Options()
      options.samples = samples
      options.seed = seed
      options.precision = try precisionFraction()
      options.shortHours = shortHours
      options.jobs = jobs.count
      return options
    }

    func run() async throws {
      do {
        let options = try options()
        let template = try SweepTemplate.load(scenario) { try pricing.book(for: $0, scenarioFile: scenario) }
        let run = try UncertaintyRun(template: template)
        // Open the ledger first, so a wrong --ledger fails before any sample is drawn.
        let ledger = noLedger ? nil : try self.ledger.open()
        let progress = SweepProgress("uncertainty", total: samples)
        let result = try await run.run(options, progress: progress.tick)
        progress.finish()
        let files = UncertaintyCSV.files(run, result: result, options: options)
        let folder = try out.map { path throws(InputError) in try StagedFolder(destination: path) }
        if let folder {
          do { try OutputDirectory.stage(files, in: folder) } catch {
            folder.abandon()
            throw error
          }
        }
        if let ledger {
          let record = try UncertaintyLedgerRecord.make(
            run, result: result, options: options, files: files, recordedAt: ISO8601DateFormatter().string(from: Date()),
            toolVersion: ToolVersion.current)
          let id = try ledger.record(record, publishing: folder)
          FileHandle.standardError.write(Data("streamcost: recorded run \(id) in \(ledger.path)\n".utf8))
        } else if let folder {
          try folder.publish()
          folder.finish()
        }
        print(UncertaintyTables.report(run, result: result, options: options), terminator: "")
      } catch let error as UncertaintyError {
        ExitStatus.printError(error.description)
        throw ExitCode(SweepUsage.status)
      } catch {
        throw ExitStatus.report(error)
      }
    }
  }
}
