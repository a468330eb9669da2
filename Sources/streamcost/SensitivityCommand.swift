import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost sensitivity`: varies each uncertain assumption and each price group over its range, one at a time.
  struct Sensitivity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Vary each uncertain assumption and each price group over its documented range and show what moves each total.",
      discussion: """
        Assumptions: the model defaults docs/model.md §7 marks uncertain (compaction_read, put_per_mbps, get_per_mbps, \
        request_floor, instance_start, throughput_per_vcpu, compaction_levels), set on every architecture that has \
        the key, and price.<group> factors (compute, block_storage, object_storage, object_requests, cross_az; \
        default 0.5..2). Assumptions that apply to nothing in the scenario (a key no architecture has, a price \
        group that bills nothing in any architecture) are left out and listed. Override a range with \
        --range NAME=low..high. With --out, writes sensitivity.csv.
        """)

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @Option(name: .customLong("range"), help: "NAME=low..high to replace an assumption's documented range (repeatable).")
    var ranges: [String] = []

    @Option(help: "Folder to write sensitivity.csv into (created if missing).")
    var out: String?

    @OptionGroup var jobs: JobsOptions

    @OptionGroup var pricing: PricingOptions

    func run() async throws {
      do {
        var parameters = SensitivityParameter.catalog
        for option in ranges { parameters = try SensitivityParameter.applying(option, to: parameters) }
        let template = try SweepTemplate.load(scenario) { try pricing.book(for: $0, scenarioFile: scenario) }
        let applicable = SensitivityRun(template: template, parameters: parameters)
        let run = applicable.leavingOutUnbilled(in: try applicable.baseOutcome())
        let progress = SweepProgress("sensitivity", total: 1 + 2 * run.parameters.count)
        let (base, low, high) = try await run.outcomes(jobs: jobs.count, progress: progress.tick)
        progress.finish()
        let tornado = Tornado(parameters: run.parameters.map(\.name), base: base, low: low, high: high)
        if let out {
          try OutputDirectory.write([(SweepCSV.sensitivityFileName, SweepCSV.sensitivity(run, tornado: tornado))], to: out)
        }
        print(TerminalText.report(SweepTables.sensitivity(run, tornado: tornado)), terminator: "")
      } catch let error as SweepError {
        throw SweepUsage.report(error)
      } catch {
        throw ExitStatus.report(error)
      }
    }
  }
}
