import StreamCost

/// Refuses an `instances.csv` row that leaves empty a field a model sizes against
/// (``InstanceRequirement``), naming the file, the record, the column and why it is needed.
///
/// Every missing field of the row is reported, not just the first, so one `pricing validate`
/// lists them all.
enum InstanceRowCheck {
  /// One error per required column left empty in `row`; empty when the row has them all.
  static func missingFields(_ row: CSVTable.Row) -> [InputError] {
    let type = row.text("type")
    let subject = type.isEmpty ? "" : " for \(type)"
    return InstanceRequirement.allCases.filter { row.text($0.column).isEmpty }.map { field in
      row.error(field.column, "is empty\(subject), but \(field.neededBy)", accepted: field.accepted)
    }
  }
}
