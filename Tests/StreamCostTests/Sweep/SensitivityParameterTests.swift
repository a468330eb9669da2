import Foundation
import Testing

@testable import StreamCost

/// The catalog of uncertain assumptions, price groups, and `--range` overrides.
struct SensitivityParameterTests {
  @Test func everyUncertainDefaultHasARangeAroundOrAtItsValue() {
    let catalog = SensitivityParameter.catalog
    #expect(catalog.map(\.name).prefix(7) == [
      "compaction_read", "put_per_mbps", "get_per_mbps", "request_floor", "instance_start", "throughput_per_vcpu", "compaction_levels",
    ])
    for p in catalog {
      #expect(p.low.value <= p.base.value && p.base.value <= p.high.value, "\(p.name)")
      #expect(!p.source.isEmpty)
    }
    // docs/model.md §7: throughput per vCPU uncertain by 3–4× (WarpStream restated vs Bufstream): 4× here.
    let tput = catalog.first { $0.name == "throughput_per_vcpu" }!
    #expect(abs(tput.high.value / tput.low.value - 4) < 1e-9)
    #expect(catalog.filter { $0.name.hasPrefix("price.") }.count == PriceGroup.allCases.count)
  }

  @Test func rangesCanBeOverridden() throws {
    let changed = try SensitivityParameter.applying("compaction_read=0.3..0.8", to: SensitivityParameter.catalog)
    let p = changed.first { $0.name == "compaction_read" }!
    #expect(p.low.value == 0.3 && p.high.value == 0.8)
    let start = try SensitivityParameter.applying("instance_start=30s..10m", to: SensitivityParameter.catalog)
    #expect(start.first { $0.name == "instance_start" }!.high.value == 600)
    let price = try SensitivityParameter.applying("price.compute=60%..120%", to: SensitivityParameter.catalog)
    #expect(price.first { $0.name == "price.compute" }!.low.value == 0.6)
  }

  @Test func badOverridesAreRefused() {
    for option in ["nope=1..2", "compaction_read=0.8..0.3", "instance_start=1GB..2GB", "compaction_read", "price.compute=0..2"] {
      #expect(throws: SweepError.self, "\(option)") { try SensitivityParameter.applying(option, to: SensitivityParameter.catalog) }
    }
  }

  @Test func priceGroupsScaleEveryTierOfTheirRows() {
    let book = PriceBook(
      info: .init(provider: "aws", region: "r", asOf: "2026-01-01", currency: "USD"),
      instances: [InstanceType(name: "m", vcpus: 2, memoryGiB: 8, networkBaseline: .mbps(100), pricePerHour: Decimal(string: "0.1")!)],
      rates: [
        Rate(id: "s3.standard.storage", description: "", serviceCategory: "", serviceSubcategory: "", unit: .gibMonths,
          tiers: [.init(start: 0, price: Decimal(string: "0.023")!), .init(start: 100, price: Decimal(string: "0.022")!)]),
        Rate(id: "ec2.transfer.inter-az.out", description: "", serviceCategory: "", serviceSubcategory: "", unit: .gib,
          tiers: [.init(start: 0, price: Decimal(string: "0.01")!)]),
      ], facts: TestBook.facts)
    let storage = PriceGroup.objectStorage.scaled(book, by: 2)
    #expect(storage.rates["s3.standard.storage"]!.tiers.map(\.price) == [Decimal(string: "0.046")!, Decimal(string: "0.044")!])
    #expect(storage.rates["ec2.transfer.inter-az.out"] == book.rates["ec2.transfer.inter-az.out"])
    #expect(storage.instances == book.instances)
    let compute = PriceGroup.compute.scaled(book, by: 0.5)
    #expect(compute.instances["m"]!.pricePerHour == Decimal(string: "0.05")!)
  }
}
