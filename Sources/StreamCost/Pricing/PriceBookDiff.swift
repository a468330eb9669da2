import Foundation

/// What differs between two price books, row by row: rows only in the new book, rows only in the
/// old one, and every field that changed, old → new, with the relative change of numbers.
///
/// Platform teams review a price-book edit with it (`streamcost pricing diff`), and `runs diff`
/// uses it to say which prices moved between two runs.
///
/// Rows are named the way the `x_PriceRow` column of line items names them: `instances/<type>` and `rates/<id>`;
/// tier *n* > 1 of a rate is `rates/<id>#n` (tiers are matched by position, and a rate's own
/// fields such as `unit` or `description` are compared on its first-tier row).
/// The book's identity (provider, region, as_of, currency) is the row `book`; each provider fact
/// (`facts.csv`) is the row `facts/<key>`, with its `value` and `source`.
///
/// Values are compared as the text the book's CSV files would hold, in their units: prices and
/// tier starts exactly (`Decimal`, so `0.10` equals `0.1`); bandwidths in Gbit/s
/// (`network_baseline`, `network_burst`) and Mbit/s (`ebs_baseline`); local NVMe in decimal GB;
/// memory in GiB.
public struct PriceBookDiff: Hashable, Sendable {
  /// One field of one row that differs between the books.
  public struct Change: Hashable, Sendable {
    /// `instances/r6i.xlarge`, `rates/s3.standard.storage`, `rates/s3.standard.storage#2` or `book`.
    public var row: String
    /// `price`, `tier_start`, `unit`, `vcpus`, `network_baseline`, `local_nvme`, `ebs_baseline`, `as_of`, …
    public var field: String
    /// Plain text of the old value ("" when absent).
    public var old: String
    /// Plain text of the new value ("" when absent).
    public var new: String
    /// (new − old) ÷ old for numeric fields with old ≠ 0, else nil. 0.25 is +25 %.
    public var relativeChange: Decimal?

    public init(row: String, field: String, old: String, new: String, relativeChange: Decimal? = nil) {
      self.row = row
      self.field = field
      self.old = old
      self.new = new
      self.relativeChange = relativeChange
    }
  }

  /// Row ids only in the new book, sorted.
  public var added: [String]
  /// Row ids only in the old book, sorted.
  public var removed: [String]
  /// Fields that differ in rows both books have, sorted by row then field.
  public var changed: [Change]

  /// True when the books hold the same rows with the same values.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

  public init(old: PriceBook, new: PriceBook) {
    let before = Self.rows(of: old)
    let after = Self.rows(of: new)
    added = after.keys.filter { before[$0] == nil }.sorted()
    removed = before.keys.filter { after[$0] == nil }.sorted()
    changed = before.keys.sorted().flatMap { row -> [Change] in
      guard let newFields = after[row] else { return [] }
      return Self.changes(row: row, old: before[row] ?? [:], new: newFields)
    }
  }

  // MARK: - Rows as compared

  /// A field's value as text, and whether it is a number (so it has a relative change).
  struct Value: Hashable {
    var text: String
    var numeric: Bool

    static func number(_ value: Decimal) -> Value { Value(text: ExactDecimal.plain(value), numeric: true) }
    static func number(_ value: Double?) -> Value { Value(text: value.map { Format.number($0) } ?? "", numeric: true) }
    static func text(_ value: String) -> Value { Value(text: value, numeric: false) }
  }

  /// Field-by-field changes of one row present in both books.
  static func changes(row: String, old: [String: Value], new: [String: Value]) -> [Change] {
    Set(old.keys).union(new.keys).sorted().compactMap { field in
      let a = old[field] ?? .text("")
      let b = new[field] ?? .text("")
      guard a.text != b.text, !sameNumber(a, b) else { return nil }
      return Change(row: row, field: field, old: a.text, new: b.text, relativeChange: relative(a, b))
    }
  }

  /// Exact numeric equality, so that `0.10` and `0.1` are the same price.
  static func sameNumber(_ a: Value, _ b: Value) -> Bool {
    guard a.numeric, b.numeric, let x = ExactDecimal.parse(a.text), let y = ExactDecimal.parse(b.text) else { return false }
    return x == y
  }

  static func relative(_ a: Value, _ b: Value) -> Decimal? {
    guard a.numeric, b.numeric, let x = ExactDecimal.parse(a.text), let y = ExactDecimal.parse(b.text), x != 0 else {
      return nil
    }
    return (y - x) / x
  }

  /// Every row of `book` by id, each as field → value.
  static func rows(of book: PriceBook) -> [String: [String: Value]] {
    var rows: [String: [String: Value]] = ["book": bookFields(book.info)]
    for instance in book.instances.values { rows[instance.priceRow] = fields(of: instance) }
    for rate in book.rates.values {
      for (index, tier) in rate.tiers.enumerated() {
        var fields = ["tier_start": Value.number(tier.start), "price": .number(tier.price)]
        if index == 0 { fields.merge(rateFields(rate)) { a, _ in a } }
        rows[tierRow(rate, index: index)] = fields
      }
    }
    for (key, value) in factValues(book.facts) {
      rows["facts/\(key)"] = ["value": value, "source": .text(book.facts.sources[key] ?? "")]
    }
    return rows
  }

  /// Each fact's value as `facts.csv` writes it, by key.
  static func factValues(_ facts: ProviderFacts) -> [String: Value] {
    var values: [String: Value] = [:]
    for role in RateRole.allCases { values[role.factKey] = .text(facts.rateID(role)) }
    let volume = facts.blockVolume
    values[ProviderFacts.Key.blockIncludedIOPS.rawValue] = .number(volume.includedIOPS)
    values[ProviderFacts.Key.blockIncludedThroughput.rawValue] = .text("\(Format.number(volume.includedThroughput.mebibytesPerSecond)) MiB/s")
    values[ProviderFacts.Key.blockMaxThroughput.rawValue] = .text("\(Format.number(volume.maxThroughput.mebibytesPerSecond)) MiB/s")
    values[ProviderFacts.Key.blockMaxSize.rawValue] = .text("\(Format.number(volume.maxSize.bytes / DataSize.tib(1).bytes)) TiB")
    values[ProviderFacts.Key.controllerInstance.rawValue] = .text(facts.controllerInstance)
    return values
  }

  /// `rates/<id>` for the first tier, `rates/<id>#n` for tier n > 1.
  static func tierRow(_ rate: Rate, index: Int) -> String {
    index == 0 ? rate.priceRow : "\(rate.priceRow)#\(index + 1)"
  }

  static func bookFields(_ info: PriceBook.Info) -> [String: Value] {
    ["provider": .text(info.provider), "region": .text(info.region), "as_of": .text(info.asOf), "currency": .text(info.currency)]
  }

  /// The fields of a rate as a whole; they are compared on its first-tier row.
  static func rateFields(_ rate: Rate) -> [String: Value] {
    [
      "unit": .text(rate.unit.rawValue), "description": .text(rate.description),
      "service_category": .text(rate.serviceCategory), "service_subcategory": .text(rate.serviceSubcategory),
      "source": .text(rate.source), "as_of": .text(rate.asOf),
    ]
  }

  /// An instance's fields in the units of `instances.csv`.
  static func fields(of instance: InstanceType) -> [String: Value] {
    [
      "price": .number(instance.pricePerHour),
      "vcpus": .number(Decimal(instance.vcpus)),
      "memory_gib": .number(instance.memoryGiB),
      "network_baseline": .number(gigabits(instance.networkBaseline)),
      "network_burst": .number(instance.networkBurst.map(gigabits)),
      "local_nvme": .number(instance.localNVMe.map { $0.bytes / bytesPerGB }),
      "ebs_baseline": .number(instance.ebsBaseline.map { $0.bytesPerSecond * bitsPerByte / bitsPerMegabit }),
      "source": .text(instance.source),
      "as_of": .text(instance.asOf),
    ]
  }

  static let bitsPerByte = 8.0
  static let bitsPerGigabit = 1e9
  static let bitsPerMegabit = 1e6
  static let bytesPerGB = 1e9

  /// Bytes/s to Gbit/s (10^9 bits), as `instances.csv` writes bandwidths.
  static func gigabits(_ rate: DataRate) -> Double { rate.bytesPerSecond * bitsPerByte / bitsPerGigabit }
}
