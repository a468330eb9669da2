import Testing

@testable import StreamCost

/// Units convert metered amounts into billed quantities (reference/pricing-facts.md §0).
struct PricingUnitTests {
  /// By hand: 1 GiB held 730 h is 1 GiB-month; 2e9 bytes are 2 GB; 1,500 requests are 1.5
  /// thousand; 3,000 provisioned IOPS held 744 h are 3,000 IOPS-months over a 744-hour month.
  @Test func quantitiesByHand() {
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
