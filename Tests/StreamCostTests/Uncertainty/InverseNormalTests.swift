import Foundation
import Testing

@testable import StreamCost

/// Φ⁻¹ against published values (Abramowitz and Stegun table 26.5 and the usual z-scores, to the
/// digits R's qnorm prints with options(digits = 17)).
struct InverseNormalTests {
  static let vectors: [(p: Double, z: Double)] = [
    (0.5, 0),
    (0.9, 1.2815515655446004),
    (0.975, 1.959963984540054),
    (0.99, 2.3263478740408408),
    (0.02, -2.0537489106318225),
    (0.001, -3.090232306167813),
    (1e-10, -6.3613409024040557),
  ]

  /// Acklam's approximation alone: relative error below his stated bound, 1.15 × 10⁻⁹.
  @Test func acklamWithinItsStatedBound() {
    for (p, z) in Self.vectors {
      let x = InverseNormal.acklam(p)
      #expect(abs(x - z) <= 1.15e-9 * max(abs(z), 1e-300) + 1e-15, "p = \(p): \(x) vs \(z)")
    }
  }

  /// With the Halley step: close to double precision.
  @Test func refinedToAboutDoublePrecision() {
    for (p, z) in Self.vectors {
      #expect(abs(InverseNormal.quantile(p) - z) <= 1e-13 * max(1, abs(z)), "p = \(p)")
    }
  }

  @Test func endsAndSymmetry() {
    #expect(InverseNormal.quantile(0) == -.infinity)
    #expect(InverseNormal.quantile(1) == .infinity)
    var rng = SplitMix64(seed: 3)
    for _ in 0..<1_000 {
      let p = rng.nextUnit()
      #expect(abs(InverseNormal.quantile(p) + InverseNormal.quantile(1 - p)) < 1e-9)
      #expect(abs(InverseNormal.cdf(InverseNormal.quantile(p)) - p) < 1e-14)
    }
  }
}
