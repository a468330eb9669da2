import StreamCost

/// Reads the scenario's points in time (`at:`, a spike's `start:`, a replay's `first:`) as offsets
/// from the simulation start: a duration such as `10d`, or an ISO 8601 date or date-time at or after
/// `start:`, which is converted to its offset.
struct ScenarioClock {
  /// The simulation start, s since the epoch.
  let start: Double

  static let accepted = "a duration from start such as '10d', or \(ISOTimestamp.accepted) at or after start"

  func offset(_ value: YAMLValue) throws(InputError) -> TimeSpan {
    let text = try value.scalar("a duration or a date")
    guard ISOTimestamp.looksLikeDate(text) else {
      do throws(InputError) { return try value.duration() } catch {
        var named = error
        named.accepted = Self.accepted
        throw named
      }
    }
    guard let instant = ISOTimestamp.parse(text) else {
      throw value.error("'\(text)' is not an ISO 8601 date or date-time", accepted: Self.accepted)
    }
    guard instant >= start else {
      throw value.error("\(text) is before start (\(ISOTimestamp.format(start)))", accepted: Self.accepted)
    }
    return TimeSpan(seconds: instant - start)
  }
}
