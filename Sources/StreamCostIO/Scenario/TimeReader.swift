import Foundation
import StreamCost

/// Reads the top-level time keys: `month:`, `start:`, `horizon:`, `step:` and `initial_state:`.
///
/// `start:` is the simulation start (a date is midnight UTC); with `month: calendar` the billed
/// month is the calendar month that contains it (in UTC). `horizon:` defaults to one billed month
/// and `step:` to ``ModelDefaults/step``; `initial_state:` (`warm` or `empty`) to `warm`.
enum TimeReader {
  /// The start instant, s since the epoch, when the scenario gives one.
  static func start(_ top: YAMLMapping) -> Double? {
    top.optional("start", nil as Double?) { value throws(InputError) in
      let text = try value.string()
      guard let instant = ISOTimestamp.parse(text) else {
        throw value.error("'\(text)' is not a date or a date-time", accepted: ISOTimestamp.accepted)
      }
      return instant
    }
  }

  static func month(_ top: YAMLMapping, start: Double?) throws(InputError) -> MonthConvention {
    let convention = top.optional("month", "730h") { v throws(InputError) in try v.string() }
    switch convention {
    case "730h":
      return .average730
    case "calendar":
      // A `start:` that does not read is reported on its own; the convention then waits for it.
      if start == nil, top["start"] != nil { return .average730 }
      guard let start else {
        throw InputError(
          file: top.owner.context.file, line: top["month"]?.line, field: "start", message: "is required with month: calendar",
          accepted: "the first day of the billed month, e.g. start: 2026-02-01")
      }
      let date = ISOTimestamp.date(of: start)
      let label = String(format: "%04d-%02d", date.year, date.month)
      return .calendar(label: label, days: ISODate.daysIn(year: date.year, month: date.month))
    default:
      throw top["month"]!.error("'\(convention)' is not a month convention", accepted: "730h or calendar")
    }
  }

  /// Start, horizon and step; the horizon defaults to one billed `month`.
  static func settings(_ top: YAMLMapping, month: MonthConvention, start: Double?) throws(InputError) -> TimeSettings {
    var time = start.map { TimeSettings.oneMonth(month, start: $0) } ?? TimeSettings.oneMonth(month)
    if let horizon = top["horizon"] { time.horizon = try horizon.duration() }
    if let step = top["step"] {
      time.step = try step.duration()
      // A zero step has no whole number of steps to count; refused here, before anything divides by it.
      guard time.step.seconds > 0 else { throw step.error("must be longer than 0", accepted: "a step from 1m to 1d, e.g. '1h'") }
    }
    if let state = top["initial_state"] {
      let text = try state.string()
      guard let initial = InitialState(rawValue: text) else {
        throw state.error("'\(text)' is not an initial state", accepted: InitialState.allCases.map(\.rawValue).joined(separator: " or "))
      }
      time.initialState = initial
    }
    return time
  }
}
