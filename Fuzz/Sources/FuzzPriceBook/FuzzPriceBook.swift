import FuzzSupport
import StreamCostIO

/// One input is one price book: `book.csv`, `instances.csv`, `rates.csv` and `facts.csv`, in that
/// order, cut at the ASCII file-separator byte 0x1C. The book is read and validated by the loader the CLI
/// uses, then summarised as `streamcost pricing validate` prints it. A file the input lacks (fewer
/// than three separators) is missing from the folder, as when a user forgets one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPriceBook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let workspace = FuzzWorkspace.shared
  let parts = FuzzInput(data, size).parts(separatedBy: PriceBookInput.separator, count: PriceBookInput.files.count)
  for (index, name) in PriceBookInput.files.enumerated() {
    if index < parts.count { workspace.write(parts[index], to: name) } else { workspace.remove(name) }
  }
  do {
    let book = try PriceBookLoader.load(workspace.folder)
    let tiers = book.rates.values.reduce(0) { $0 + $1.tiers.count }
    _ = "\(book.info.label), \(book.info.currency), \(book.instances.count) instance types, \(book.rates.count) rates (\(tiers) price tiers)"
  } catch {
    renderRefusal(error)
  }
  return 0
}

enum PriceBookInput {
  /// ASCII FS (file separator), which no price book file holds.
  static let separator: UInt8 = 0x1C
  static let files = ["book.csv", "instances.csv", "rates.csv", "facts.csv"]
}
