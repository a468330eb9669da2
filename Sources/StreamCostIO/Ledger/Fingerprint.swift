import Crypto
import Foundation
import StreamCost

/// SHA-256 fingerprints that tell whether two runs used the same inputs.
public enum Fingerprint {
  /// Hex SHA-256 of `text` as UTF-8.
  public static func sha256(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// The price book as canonical JSON: typed rows with sorted keys, without where it was read from.
  /// Two books with the same rows give the same text, however their CSV files are quoted or ordered.
  public static func canonicalJSON(_ book: PriceBook) throws -> String {
    var rows = book
    rows.info.location = ""
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(rows), as: UTF8.self)
  }
}
