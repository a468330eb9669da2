import Foundation
import StreamCost

/// A price book as the ledger stored it, read back.
///
/// Runs recorded before price books carried their provider facts (`facts.csv`) stored a book
/// without them; such a book takes the facts of the book folder the run was priced with (its
/// recorded `price_book_path`), the same rows the models then read from code.
enum StoredBook {
  /// The fields of a book stored without facts.
  struct WithoutFacts: Decodable {
    var info: PriceBook.Info
    var instances: [String: InstanceType]
    var rates: [String: Rate]
  }

  /// The book in `json`; a book stored without facts gets those of `facts.csv` in `path`.
  static func decode(_ json: Data, path: String) throws -> PriceBook {
    do {
      return try JSONDecoder().decode(PriceBook.self, from: json)
    } catch DecodingError.keyNotFound(let key, _) where key.stringValue == "facts" {
      let stored = try JSONDecoder().decode(WithoutFacts.self, from: json)
      let facts = try ProviderFactsReader.read((path as NSString).appendingPathComponent("facts.csv"))
      return PriceBook(info: stored.info, instances: Array(stored.instances.values), rates: Array(stored.rates.values), facts: facts)
    }
  }
}
