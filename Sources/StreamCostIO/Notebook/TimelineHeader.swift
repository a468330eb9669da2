import Foundation

/// Checks `timeline.csv`'s header without reading the file, which at one-minute steps over a
/// year holds millions of rows: only the first line is read.
enum TimelineHeader {
  /// Bytes read to find the first line; the header is well under 1 KiB.
  static let window = 64 * 1_024

  static func check(_ path: String) throws(InputErrors) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputErrors([InputError(file: path, message: "cannot be read (permission denied?)", kind: .unreadable)])
    }
    defer { try? handle.close() }
    let head = String(decoding: handle.readData(ofLength: window), as: UTF8.self)
    guard let end = head.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else {
      throw InputErrors([InputError(file: path, message: "has no complete header line", accepted: "columns \(TimelineCSVWriter.columns.joined(separator: ","))")])
    }
    let header: [String]
    do { header = try CSVReader.records(String(head[..<end]), file: path).first ?? [] } catch { throw InputErrors([error]) }
    let missing = TimelineCSVWriter.columns.filter { !header.contains($0) }
    guard missing.isEmpty else {
      throw InputErrors([
        InputError(
          file: path, line: 1, message: "header lacks column(s) \(missing.joined(separator: ", "))",
          accepted: "columns \(TimelineCSVWriter.columns.joined(separator: ","))")
      ])
    }
  }
}
