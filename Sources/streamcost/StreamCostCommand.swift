import ArgumentParser

/// `streamcost`: compares what a Kafka workload costs on broker-local and shared-storage architectures.
@main
struct StreamCostCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "streamcost",
    abstract: "Compare the monthly cloud cost of a Kafka workload across broker-local, tiered, shared-storage and diskless architectures.",
    discussion: """
      Exit status: 0 success; 1 baseline check found a change beyond tolerance; 64 bad command-line usage; 65 invalid input (scenario or price book); \
      66 an input file cannot be read; 73 an output file cannot be written.
      """,
    version: ToolVersion.current,
    subcommands: [
      Compare.self, Sweep.self, Sensitivity.self, Uncertainty.self, Bench.self, Runs.self, Pricing.self, ScenarioCommand.self, Baseline.self,
      Export.self,
    ],
    defaultSubcommand: nil
  )

  static func main() async {
    AllocatorTuning.apply()
    await main(nil)
  }
}
