/// Why a quantity written with a unit (`300 MB/s`, `7d`) could not be read.
public struct UnitParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text as the user wrote it.
  public var input: String
  /// What kind of quantity was expected, e.g. "data rate".
  public var expected: String
  /// What is wrong, in a few words.
  public var reason: String
  /// The forms that are accepted, for the message.
  public var accepted: String

  public init(input: String, expected: String, reason: String, accepted: String) {
    self.input = input
    self.expected = expected
    self.reason = reason
    self.accepted = accepted
  }

  public var description: String {
    "cannot read '\(input)' as a \(expected): \(reason); accepted: \(accepted)"
  }
}
