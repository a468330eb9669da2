import ArgumentParser

/// `streamcost`: compares what a Kafka workload costs on broker-local and shared-storage architectures.
@main
struct StreamCostCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "streamcost",
    abstract: "Compare the monthly cloud cost of a Kafka workload across broker-local, tiered, shared-storage and diskless architectures.",
    discussion: """
      Exit status: 0 success; 64 bad command-line usage; 65 invalid input (scenario or price book); \
      66 an input file cannot be read; 73 an output file cannot be written.
      """,
    version: "0.1.0",
    subcommands: [Compare.self, Pricing.self, ScenarioCommand.self],
    defaultSubcommand: nil
  )
}
