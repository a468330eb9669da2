import ArgumentParser
import Foundation

/// How many simulations a sweep runs at once (each on one core).
struct JobsOptions: ParsableArguments {
  @Option(name: .customLong("jobs"), help: "Simulations run at once (default: the number of cores).")
  var count: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    if count < 1 { throw ValidationError("--jobs must be at least 1") }
  }
}
