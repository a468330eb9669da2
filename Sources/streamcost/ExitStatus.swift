import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

/// Maps failures to the documented exit statuses (sysexits.h) after printing one line per problem.
enum ExitStatus {
  static let invalidInput: Int32 = 65
  static let unreadableInput: Int32 = 66
  static let cannotWrite: Int32 = 73

  /// Prints `error` to stderr and returns the exit code for it.
  static func report(_ error: Error) -> ExitCode {
    switch error {
    case let errors as InputErrors:
      errors.lines.forEach { printError($0) }
      return code(for: errors.kind)
    case let error as InputError:
      printError(error.description)
      return code(for: error.kind)
    case let error as LedgerError:
      printError(error.description)
      if case .database = error { return ExitCode(cannotWrite) }
      if case .notAFile(_, let reading) = error { return ExitCode(reading ? unreadableInput : cannotWrite) }
      return ExitCode(invalidInput)
    default:
      printError("\(error)")
      return ExitCode.failure
    }
  }

  static func code(for kind: InputError.Kind) -> ExitCode {
    switch kind {
    case .invalid: ExitCode(invalidInput)
    case .unreadable: ExitCode(unreadableInput)
    case .unwritable: ExitCode(cannotWrite)
    }
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("streamcost: error: \(TerminalText.escaped(message))\n".utf8))
  }
}
