import StreamCost

/// `run.csv`: what a comparison was run on, as `key,value` rows, so that a `--out` folder says
/// which price book version priced it (the other files only name price rows).
///
/// | key | value |
/// |---|---|
/// | `scenario` | the scenario's name |
/// | `description` | the scenario's description (may be empty) |
/// | `price_book` | the book's label, `provider/region@as-of` |
/// | `price_book_version` | the book's as-of date, `YYYY-MM-DD` |
/// | `price_book_title` | the book's title (may be empty) |
/// | `currency` | ISO 4217 code of every amount |
/// | `month` | the month convention (`730h`, or a calendar month) |
/// | `basis` | how the month was obtained (steady state, or the simulation's steps) |
///
/// Keys are only appended. `streamcost export notebook --from` reads it for the notebook's header.
public enum RunInfoCSV {
  public static let fileName = "run.csv"
  public static let columns = ["key", "value"]
  public static let keys = ["scenario", "description", "price_book", "price_book_version", "price_book_title", "currency", "month", "basis"]

  public static func document(_ c: Comparison) -> String {
    let values = [c.scenario, c.description, c.book.label, c.book.asOf, c.book.title, c.book.currency, c.month.label, c.basis]
    return CSVWriter.document(header: columns, rows: zip(keys, values).map { [.text($0), .text($1)] })
  }
}
