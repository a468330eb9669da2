import CLibCSV
import Foundation

/// Parses CSV text into records with libcsv in strict mode (RFC 4180 quoting).
///
/// Blank lines are skipped, as libcsv does; leading and trailing spaces of
/// unquoted fields are trimmed.
public enum CSVReader {
  /// Every record of `text`, header included. Throws with the record number of a malformed quote.
  public static func records(_ text: String, file: String) throws(InputError) -> [[String]] {
    let collector = Collector()
    var parser = csv_parser()
    guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
      throw InputError(file: file, message: "libcsv could not start a parser")
    }
    defer { csv_free(&parser) }
    let context = Unmanaged.passUnretained(collector).toOpaque()
    let bytes = Array(text.utf8)
    let parsed = bytes.withUnsafeBytes { buffer in
      csv_parse(&parser, buffer.baseAddress, buffer.count, onField, onRecord, context)
    }
    // After a parse error, csv_fini would submit the partial record and shift the record number.
    let finished = parsed == bytes.count ? csv_fini(&parser, onField, onRecord, context) : -1
    if parsed != bytes.count || finished != 0 {
      let reason = String(cString: csv_strerror(csv_error(&parser)))
      throw InputError(
        file: file, line: collector.records.count + 1,
        message: "malformed CSV (\(reason))", accepted: "RFC 4180: fields with commas, quotes or line breaks in double quotes, inner quotes doubled")
    }
    return collector.records
  }
}

private final class Collector {
  var records: [[String]] = []
  var current: [String] = []
}

private let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
  field, length, context in
  guard let context else { return }
  let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
  if let field, length > 0 {
    collector.current.append(String(decoding: UnsafeRawBufferPointer(start: field, count: length), as: UTF8.self))
  } else {
    collector.current.append("")
  }
}

private let onRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
  guard let context else { return }
  let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
  collector.records.append(collector.current)
  collector.current = []
}
