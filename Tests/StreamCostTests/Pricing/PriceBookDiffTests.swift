import Foundation
import Testing

@testable import StreamCost

/// Price-book diffs on hand-edited copies of ``TestBook/book`` (the shipped us-east-1 rows).
/// Every expected relative change is worked out by hand in the test's comment.
struct PriceBookDiffTests {
  let book = TestBook.book

  func decimal(_ text: String) -> Decimal { TestBook.decimal(text) }

  /// `book` with `edit` applied to its rate `id`.
  func editingRate(_ id: RateRole, _ edit: (inout Rate) -> Void) -> PriceBook {
    var copy = book
    edit(&copy.rates[copy.facts.rateID(id)]!)
    return copy
  }

  @Test func identicalBooksHaveNoDifferences() {
    let diff = PriceBookDiff(old: book, new: book)
    #expect(diff.isEmpty)
    #expect(diff.added == [] && diff.removed == [] && diff.changed == [])
  }

  /// Prices compare as exact decimals: 0.10 and 0.1 are the same price, written either way.
  @Test func aPriceWrittenWithATrailingZeroIsNotAChange() {
    let new = editingRate(.blockStorage) { $0.tiers[0].price = Decimal(string: "0.10")! }
    let old = editingRate(.blockStorage) { $0.tiers[0].price = decimal("0.1") }
    #expect(PriceBookDiff(old: old, new: new).isEmpty)
  }

  /// ebs.gp3.storage 0.08 → 0.1: (0.1 − 0.08) ÷ 0.08 = 0.02 ÷ 0.08 = 0.25, exactly +25 %.
  @Test func aChangedRatePriceHasItsExactRelativeChange() {
    let new = editingRate(.blockStorage) { $0.tiers[0].price = decimal("0.1") }
    let diff = PriceBookDiff(old: book, new: new)
    #expect(diff.added == [] && diff.removed == [])
    #expect(diff.changed == [PriceBookDiff.Change(row: "rates/ebs.gp3.storage", field: "price", old: "0.08", new: "0.1", relativeChange: decimal("0.25"))])
    #expect(!diff.isEmpty)
  }

  /// r6i.xlarge 0.252 → 0.2646 per hour: 0.0126 ÷ 0.252 = 0.05 (+5 %); a cut 0.252 → 0.189 is
  /// −0.063 ÷ 0.252 = −0.25.
  @Test func aChangedInstancePriceHasItsRelativeChangeEitherWay() {
    for (price, expected) in [("0.2646", "0.05"), ("0.189", "-0.25")] {
      var new = book
      new.instances["r6i.xlarge"]!.pricePerHour = decimal(price)
      let diff = PriceBookDiff(old: book, new: new)
      #expect(diff.changed == [PriceBookDiff.Change(row: "instances/r6i.xlarge", field: "price", old: "0.252", new: price, relativeChange: decimal(expected))])
    }
  }

  @Test func anAddedAndARemovedInstanceAreListedByRowID() {
    var new = book
    new.instances["c7g.large"] = nil
    new.instances["m7g.large"] = TestBook.instance("m7g.large", vcpus: 2, gbps: 0.937, price: "0.0816")
    new.instances["c6i.large"] = TestBook.instance("c6i.large", vcpus: 2, gbps: 0.781, price: "0.085")
    let diff = PriceBookDiff(old: book, new: new)
    #expect(diff.added == ["instances/c6i.large", "instances/m7g.large"])  // sorted
    #expect(diff.removed == ["instances/c7g.large"])
    #expect(diff.changed == [])
  }

  /// A fourth S3 storage tier is the row `#4`; dropping the third removes `#3`.
  @Test func aNewTierIsAnAddedRowAndADroppedTierARemovedOne() {
    let fourTiers = editingRate(.objectStorage) { $0.tiers.append(Rate.Tier(start: 1_024_000, price: decimal("0.020"))) }
    let added = PriceBookDiff(old: book, new: fourTiers)
    #expect(added.added == ["rates/s3.standard.storage#4"])
    #expect(added.removed == [] && added.changed == [])
    let twoTiers = editingRate(.objectStorage) { $0.tiers.removeLast() }
    let removed = PriceBookDiff(old: book, new: twoTiers)
    #expect(removed.removed == ["rates/s3.standard.storage#3"])
    #expect(removed.added == [] && removed.changed == [])
  }

  @Test func aNewRateListsEachOfItsTierRows() {
    var new = book
    new.rates["s3.ia.storage"] = Rate(
      id: "s3.ia.storage", description: "S3 Standard-IA", serviceCategory: "Storage", serviceSubcategory: "Object Storage",
      unit: .gibMonths, tiers: [Rate.Tier(start: 0, price: decimal("0.0125")), Rate.Tier(start: 51_200, price: decimal("0.012"))])
    #expect(PriceBookDiff(old: book, new: new).added == ["rates/s3.ia.storage", "rates/s3.ia.storage#2"])
  }

  /// Tier 2 of S3 storage starting at 51,300 instead of 51,200 GiB: 100 ÷ 51,200 = 0.001953125.
  @Test func aMovedTierStartIsAChangeOnThatTiersRow() {
    let new = editingRate(.objectStorage) { $0.tiers[1].start = 51_300 }
    #expect(
      PriceBookDiff(old: book, new: new).changed == [
        PriceBookDiff.Change(row: "rates/s3.standard.storage#2", field: "tier_start", old: "51200", new: "51300", relativeChange: decimal("0.001953125"))
      ])
  }

  /// A unit is text: it changes without a relative change, and is reported on the first-tier row.
  @Test func aChangedUnitHasNoRelativeChange() {
    let new = editingRate(.objectStorage) { $0.unit = .gbMonths }
    #expect(
      PriceBookDiff(old: book, new: new).changed == [
        PriceBookDiff.Change(row: "rates/s3.standard.storage", field: "unit", old: "GiB-Months", new: "GB-Months")
      ])
  }

  /// From 0 there is no relative change (division by zero), only old → new.
  @Test func aPriceFromZeroHasNoRelativeChange() {
    let free = editingRate(.objectGet) { $0.tiers[0].price = 0 }
    let diff = PriceBookDiff(old: free, new: book)
    #expect(diff.changed == [PriceBookDiff.Change(row: "rates/s3.standard.get", field: "price", old: "0", new: "0.0004", relativeChange: nil)])
    // …while a price cut to 0 is −100 %: (0 − 0.0004) ÷ 0.0004 = −1.
    #expect(PriceBookDiff(old: book, new: free).changed.first?.relativeChange == -1)
  }

  /// Bandwidths are compared in the units of instances.csv (Gbit/s, Mbit/s, decimal GB), so the
  /// text shows what the CSV holds: c7g.large 0.937 → 1.25 Gbit/s is 0.313 ÷ 0.937. The old side's
  /// c7g.large has no EBS baseline, as in books before its cell was filled: a value added from
  /// nothing has no relative change.
  @Test func capacityFieldsAreComparedInTheirCSVUnits() {
    var old = book
    old.instances["c7g.large"]?.ebsBaseline = nil
    var new = book
    new.instances["c7g.large"] = TestBook.instance("c7g.large", vcpus: 4, gbps: 1.25, price: "0.0725", ebsMbps: 630)
    new.instances["i3en.large"] = TestBook.instance("i3en.large", vcpus: 2, gbps: 2.1, price: "0.226", nvmeGB: 2500, ebsMbps: 576)
    let diff = PriceBookDiff(old: old, new: new)
    #expect(
      diff.changed == [
        PriceBookDiff.Change(row: "instances/c7g.large", field: "ebs_baseline", old: "", new: "630"),
        PriceBookDiff.Change(row: "instances/c7g.large", field: "network_baseline", old: "0.937", new: "1.25", relativeChange: decimal("0.313") / decimal("0.937")),
        PriceBookDiff.Change(row: "instances/c7g.large", field: "vcpus", old: "2", new: "4", relativeChange: 1),
        PriceBookDiff.Change(row: "instances/i3en.large", field: "local_nvme", old: "1250", new: "2500", relativeChange: 1),
      ])
  }

  @Test func aChangedCurrencyOrAsOfIsAChangeOfTheBookRow() {
    var new = book
    new.info.currency = "EUR"
    new.info.asOf = "2026-08-01"
    new.info.location = "elsewhere"  // where a book was read from is not part of it
    new.info.title = "a new title"  // nor is its free-text title
    #expect(
      PriceBookDiff(old: book, new: new).changed == [
        PriceBookDiff.Change(row: "book", field: "as_of", old: "2026-07-20", new: "2026-08-01"),
        PriceBookDiff.Change(row: "book", field: "currency", old: "USD", new: "EUR"),
      ])
  }

  /// A provider fact is a row of its own, `facts/<key>`: 3,000 → 4,000 included IOPS is +33⅓ %,
  /// and another controller type is a text change without a relative change.
  @Test func aChangedFactIsAChangeOfItsRow() {
    var new = book
    new.facts.blockVolume.includedIOPS = 4_000
    new.facts.controllerInstance = "m7g.large"
    let changed = PriceBookDiff(old: book, new: new).changed
    #expect(changed.map(\.row) == ["facts/block_volume.included_iops", "facts/controller_instance"])
    #expect(changed.map(\.old) == ["3000", "m6i.large"])
    #expect(changed.map(\.new) == ["4000", "m7g.large"])
    #expect(changed[0].relativeChange == Decimal(1) / Decimal(3))
    #expect(changed[1].relativeChange == nil)
  }

  /// Changes come sorted by row, then by field, whatever order the books hold them in.
  @Test func changesAreSortedByRowThenField() {
    var new = editingRate(.objectPut) { $0.tiers[0].price = decimal("0.0055") }
    new.rates[new.facts.rateID(.blockIOPS)]!.source = "https://example.com/ebs"
    new.rates[new.facts.rateID(.blockIOPS)]!.tiers[0].price = decimal("0.006")
    new.instances["m6i.large"]!.pricePerHour = decimal("0.1")
    new.info.asOf = "2026-08-01"
    let diff = PriceBookDiff(old: book, new: new)
    #expect(diff.changed.map { "\($0.row) \($0.field)" } == [
      "book as_of", "instances/m6i.large price", "rates/ebs.gp3.iops price", "rates/ebs.gp3.iops source",
      "rates/s3.standard.put price",
    ])
    // s3.standard.put 0.005 → 0.0055: 0.0005 ÷ 0.005 = 0.1 (+10 %).
    #expect(diff.changed.last?.relativeChange == decimal("0.1"))
  }
}
