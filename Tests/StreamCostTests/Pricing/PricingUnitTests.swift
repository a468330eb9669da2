import Testing

@testable import StreamCost

/// Units convert metered amounts into billed quantities (docs/model.md §0.2).
struct PricingUnitTests {
  /// By hand: 1 GiB held 730 h is 1 GiB-month; 2e9 bytes are 2 GB; 1,500 requests are 1.5
  /// thousand; 3,000 provisioned IOPS held 744 h are 3,000 IOPS-months over a 744-hour month;
  /// 5e9 bytes held 730 h are 5 GB-months; 3 GiB are 3 GiB; 250 MiB/s held 365 h are 125 MiB/s-months
  /// over a 730-hour month; 7.5 instance-hours are 7.5 hours.
  @Test func quantitiesByHand() {
    #expect(PricingUnit.gbMonths.quantity(of: .storage(byteHours: 5e9 * 730), monthHours: 730) == 5)
    #expect(PricingUnit.gib.quantity(of: .transfer(bytes: 3 * 1_073_741_824), monthHours: 730) == 3)
    #expect(PricingUnit.mibpsMonths.quantity(of: .throughput(250 * 365), monthHours: 730) == 125)
    #expect(PricingUnit.hours.quantity(of: .instanceHours(7.5), monthHours: 730) == 7.5)
    #expect(PricingUnit.gibMonths.quantity(of: .storage(byteHours: 1_073_741_824 * 730), monthHours: 730) == 1)
    #expect(PricingUnit.gb.quantity(of: .transfer(bytes: 2e9), monthHours: 730) == 2)
    #expect(PricingUnit.thousandRequests.quantity(of: .requests(1_500), monthHours: 730) == 1.5)
    #expect(PricingUnit.iopsMonths.quantity(of: .iops(3_000 * 744), monthHours: 744) == 3_000)
    #expect(PricingUnit.hours.quantity(of: .transfer(bytes: 1), monthHours: 730) == nil)
  }

  /// The two divisions a ranking converts with give, bit for bit, the quantity of every unit, for
  /// amounts from 1 to about 10^18 (a petabyte held a month is 7.3 × 10^17 byte-hours) and month
  /// lengths of 672 h to 744 h.
  @Test(arguments: PricingUnit.allCases) func divisorsGiveTheQuantity(unit: PricingUnit) {
    for monthHours in [672.0, 720, 730, 744] {
      var amount = 1.0
      for _ in 0..<130 {
        amount = amount * 1.37 + 0.123
        let divisors = unit.divisors(monthHours: monthHours)
        let expected = unit.quantity(of: Metered(unit.dimension, amount), monthHours: monthHours)
        #expect(amount / divisors.first / divisors.second == expected, "\(amount) at \(monthHours) h")
      }
    }
  }
}
