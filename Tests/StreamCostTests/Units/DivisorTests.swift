import Testing

@testable import StreamCost

/// Dividing by a `Divisor` gives what `/` gives, whether it multiplies by the reciprocal (a power
/// of two) or divides (any other number).
struct DivisorTests {
  /// 8 MiB, 4 MiB, 1 GiB, 32, 1024 (powers of two) and 1e6, 3, 0.7, 10 (not), each dividing
  /// numbers of every size, including subnormal and huge ones and their neighbours.
  @Test func dividesAsDivisionDoes() {
    let divisors: [Double] = [8_388_608, 4_194_304, 1_073_741_824, 32, 1_024, 1, 0.5, 1e6, 3, 0.7, 10]
    var numbers: [Double] = [
      0, -0.0, 1, 3, .leastNormalMagnitude / 7, .leastNonzeroMagnitude, 1e300, .greatestFiniteMagnitude, 123_456_789.123, .infinity,
    ]
    numbers += (1.0 / 3).neighbours(ulps: 3) + 104_857_600.0.neighbours(ulps: 3)
    for value in divisors {
      let divisor = Divisor(value)
      for x in numbers + numbers.map(-) {
        let expected = x / value
        let got = x / divisor
        #expect(got == expected && got.sign == expected.sign, "\(x) ÷ \(value)")
      }
    }
  }

  /// By hand: 16 MiB/s ÷ 8 MiB = 2 batches/s; 1 GB/s ÷ 4 MiB = 238.418579… GETs/s.
  @Test func handWorkedQuotients() {
    #expect(16_777_216 / Divisor(8_388_608) == 2)
    #expect(abs(1e9 / Divisor(4_194_304) - 238.418_579_101_562_5) < 1e-12)
  }
}
