/// A problem with what a sweep or sensitivity run was asked to do: a `--vary` or `--range`
/// option, a key path, a range. Each message names the option and what is accepted.
public struct SweepError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The option as the user wrote it, e.g. `--vary feeds.telemetry.retention=7d..1d:1d`.
  public var option: String
  public var message: String
  public var accepted: String?

  public init(option: String, message: String, accepted: String? = nil) {
    self.option = option
    self.message = message
    self.accepted = accepted
  }

  /// `--vary x=1..0:1: empty range: 1 is above 0 (accepted: …)`.
  public var description: String {
    var text = "\(option): \(message)"
    if let accepted { text += " (accepted: \(accepted))" }
    return text
  }
}
