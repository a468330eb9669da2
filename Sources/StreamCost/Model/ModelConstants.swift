/// Conventions every part of the engine shares. Changing one changes every result.
public enum ModelConstants {
  /// Hours in a billing month: 8,760 h / 12, the AWS Pricing Calculator and
  /// infracost convention (docs/model.md §0.2).
  public static let hoursPerBillingMonth: Double = 730

  /// Tolerance used before rounding a required count up, so that 15.000000000001
  /// brokers (floating-point noise in an exact 15) stays 15.
  public static let countTolerance: Double = 1e-9
}
