import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

/// Maps failures to the documented exit statuses (sysexits.h) after printing one clear message.
enum ExitStatus {
  static let invalidInput: Int32 = 65
  static let unreadableInput: Int32 = 66
  static let cannotWrite: Int32 = 73

  /// Prints `error` to stderr and returns the exit code for it.
  static func report(_ error: Error) -> ExitCode {
    switch error {
    case let errors as InputErrors:
      errors.errors.forEach { printError($0.description) }
      return ExitCode(errors.unreadable ? unreadableInput : invalidInput)
    case let error as InputError:
      printError(error.description)
      return ExitCode(error.kind == .unreadable ? unreadableInput : invalidInput)
    case let error as OutputError:
      printError(error.description)
      return ExitCode(cannotWrite)
    default:
      printError("\(error)")
      return ExitCode.failure
    }
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("streamcost: error: \(message)\n".utf8))
  }
}

/// A report could not be written where asked.
struct OutputError: Error, CustomStringConvertible {
  var underlying: InputError
  var description: String { underlying.description }
}
