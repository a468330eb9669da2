import Foundation
import StreamCost

/// `scaling_events.csv`: every change of capacity and every failure, one row each, in time order.
///
/// Columns (stable; new columns are only appended):
///
/// | column | meaning |
/// |---|---|
/// | `time` | when the change was decided, ISO 8601 UTC `YYYY-MM-DDTHH:MM:SSZ` |
/// | `architecture` | the architecture's name |
/// | `reason` | `scale-out`, `scale-in`, `scheduled`, `broker-failure` or `az-failure` |
/// | `before`, `after` | brokers (agents) before and after |
/// | `bytes_moved` | bytes copied between brokers (partition moves or re-replication) |
/// | `duration_s` | seconds from the decision until the new capacity serves |
/// | `cross_az_bytes` | of `bytes_moved`, bytes that crossed AZs |
/// | `cross_az_cost` | what they cost (out + in, first-tier price), exact |
/// | `currency` | the price book's currency |
/// | `hours_short` | hours within the event that the cluster ran short of capacity |
public enum ScalingEventsCSV {
  public static let fileName = "scaling_events.csv"
  public static let columns = [
    "time", "architecture", "reason", "before", "after", "bytes_moved", "duration_s", "cross_az_bytes",
    "cross_az_cost", "currency", "hours_short",
  ]

  /// The file's text: the header, then one row per event in the order given.
  public static func document(_ events: [ScalingEvent], grid: TimeGrid, currency: String) -> String {
    let rows = events.map { event -> [CSVCell] in
      [
        .text(ISOTimestamp.format(grid.start + event.offset)), .text(event.architectureName), .text(event.reason.rawValue),
        .int(event.before), .int(event.after), .double(event.bytesMoved), .double(event.duration),
        .double(event.crossAZBytes), .decimal(event.crossAZCost), .text(currency), .double(event.hoursShort),
      ]
    }
    return CSVWriter.document(header: columns, rows: rows)
  }
}
