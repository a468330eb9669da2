import Foundation
import Testing

/// Feeds every input of the hostile corpus (`corpus/`, written by `generate.py` beside this file,
/// seeded) to the built binary: malformed and mutated scenarios through `compare`, mutated price
/// books through `compare --pricing`. Each must end with a documented exit status (0, 64, 65, 66
/// or 73; never a signal such as SIGILL) within ``timeLimit``, and leave no temporary file in or
/// beside its `--out` folder.
@Suite struct HostileCorpusTests {
  static let corpus = CLIHarness.packageRoot.appendingPathComponent("Tests/StreamCostCLITests/Hostile/corpus")
  /// The exit statuses the README documents for bad input (sysexits.h), and 0.
  static let allowed: Set<Int32> = [0, 64, 65, 66, 73]
  /// Longest a single input may take; the slowest takes under 2 s on an idle 2-core machine.
  static let timeLimit: TimeInterval = 20
  /// Inputs run at once (the machine the suite is sized for has 2 cores).
  static let workers = 2

  struct Outcome: Sendable {
    var input: String
    var status: Int32?
    var signalled: Bool
    var seconds: TimeInterval
  }

  static var inputs: [(name: String, arguments: [String])] {
    let fm = FileManager.default
    let scenarios = ((try? fm.contentsOfDirectory(atPath: corpus.appendingPathComponent("scenarios").path)) ?? []).sorted()
    let books = ((try? fm.contentsOfDirectory(atPath: corpus.appendingPathComponent("books").path)) ?? []).sorted()
    let scenarioRuns = scenarios.map { name in
      ("scenarios/\(name)", ["compare", corpus.appendingPathComponent("scenarios/\(name)").path])
    }
    let bookRuns = books.map { name in
      ("books/\(name)", ["compare", corpus.appendingPathComponent("book-scenario.yaml").path, "--pricing",
                          corpus.appendingPathComponent("books/\(name)").path])
    }
    return scenarioRuns + bookRuns
  }

  @Test func everyInputExitsCleanlyInTimeAndLeavesNoTemporaryFile() throws {
    let inputs = Self.inputs
    #expect(inputs.count >= 300, "the corpus is written by generate.py")
    let root = try CLIHarness.temporaryDirectory()
    let outs = root.appendingPathComponent("outs")
    try FileManager.default.createDirectory(at: outs, withIntermediateDirectories: false)
    let collected = Outcomes()
    DispatchQueue.concurrentPerform(iterations: Self.workers) { worker in
      for index in stride(from: worker, to: inputs.count, by: Self.workers) {
        let (name, arguments) = inputs[index]
        let out = outs.appendingPathComponent("\(index)").path
        collected.append(Self.run(name, arguments + ["--no-ledger", "--format", "csv", "--out", out]))
      }
    }
    let outcomes = collected.all
    #expect(outcomes.count == inputs.count)
    for outcome in outcomes.sorted(by: { $0.input < $1.input }) {
      #expect(!outcome.signalled, "\(outcome.input) ended by signal \(outcome.status ?? -1)")
      #expect(outcome.status.map(Self.allowed.contains) == true, "\(outcome.input) exited \(outcome.status.map(String.init) ?? "late")")
      #expect(outcome.seconds < Self.timeLimit, "\(outcome.input) took \(outcome.seconds) s")
    }
    let leftovers = FileManager.default.enumerator(atPath: outs.path)?.compactMap { $0 as? String }
      .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") } ?? []
    #expect(leftovers == [], "temporary files left: \(leftovers.prefix(10))")
    #expect(CLIHarness.contents(of: root) == ["outs"])
  }

  /// The outcomes the workers gather, behind a lock.
  final class Outcomes: @unchecked Sendable {
    let lock = NSLock()
    var items: [Outcome] = []
    func append(_ outcome: Outcome) { lock.withLock { items.append(outcome) } }
    var all: [Outcome] { lock.withLock { items } }
  }

  /// Runs the binary, killing it at the time limit; stdout and stderr are discarded.
  static func run(_ name: String, _ arguments: [String]) -> Outcome {
    let process = CLIHarness.makeProcess(arguments)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    let started = Date()
    do { try process.run() } catch { return Outcome(input: name, status: nil, signalled: false, seconds: 0) }
    if done.wait(timeout: .now() + timeLimit) == .timedOut {
      kill(process.processIdentifier, SIGKILL)
      done.wait()
      return Outcome(input: name, status: nil, signalled: false, seconds: Date().timeIntervalSince(started))
    }
    return Outcome(
      input: name, status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      seconds: Date().timeIntervalSince(started))
  }
}
