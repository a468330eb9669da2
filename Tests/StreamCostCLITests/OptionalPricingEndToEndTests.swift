import Foundation
import Testing

/// A scenario without `pricing:` (issue 17): priced with `--pricing DIR`, refused without it.
@Suite(.serialized)
struct OptionalPricingEndToEndTests {
  static let bookless = scenarioText().replacingOccurrences(of: "pricing: aws/us-east-1\n", with: "")

  @Test func withoutPricingAndWithoutTheOptionItExits65AndWritesNothing() throws {
    let scenario = try CLIHarness.write(Self.bookless)
    let out = try CLIHarness.temporaryDirectory().appendingPathComponent("out")
    let result = try CLIHarness.run(["compare", scenario.path, "--out", out.path, "--no-ledger"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "streamcost: error: \(scenario.path): pricing: is missing, and no price book folder was given with --pricing "
        + "(accepted: pricing: provider/region in the scenario (e.g. aws/us-east-1), or --pricing DIR on the command line)\n")
    #expect(CLIHarness.contents(of: out) == nil)
  }

  /// The same scenario priced with the book named on the command line gives the totals of the
  /// scenario that names that book, and says where its book came from in assumptions.csv.
  @Test func withTheOptionItPricesAsTheNamedBookDoes() throws {
    let named = try CLIHarness.write(scenarioText())
    let bookless = try CLIHarness.write(Self.bookless)
    let (a, b) = (try CLIHarness.temporaryDirectory(), try CLIHarness.temporaryDirectory())
    let first = try CLIHarness.run(["compare", named.path, "--out", a.path, "--no-ledger"])
    let second = try CLIHarness.run(
      ["compare", bookless.path, "--out", b.path, "--no-ledger", "--pricing", "pricing/aws/us-east-1/2026-07-20"])
    #expect(first.status == 0)
    #expect(second.status == 0)
    let summary = { (folder: URL) in try String(contentsOf: folder.appendingPathComponent("summary.csv"), encoding: .utf8) }
    #expect(try summary(a) == summary(b))
    let assumptions = try String(contentsOf: b.appendingPathComponent("assumptions.csv"), encoding: .utf8)
    #expect(assumptions.contains("cli-test,,pricing,given with --pricing,price book,default,false,command line (the scenario names no book)"))
  }
}
