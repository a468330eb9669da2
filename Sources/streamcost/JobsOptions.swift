import ArgumentParser
import Foundation

/// How many simulations a sweep runs at once (each on one core).
struct JobsOptions: ParsableArguments {
  // No default value in the declaration: ArgumentParser would print it after the help text as well.
  @Option(name: .customLong("jobs"), help: "Simulations run at once (default: the number of cores).")
  var requested: Int?

  /// The simulations to run at once: `--jobs`, else one per core.
  var count: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

  func validate() throws {
    if let requested, requested < 1 { throw ValidationError("--jobs must be at least 1") }
  }
}
