import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Where price books are looked for, in order, and what is said when none is found.
@Suite struct PriceBookRootsTests {
  @Test func theEnvironmentComesFirstThenTheWorkingFolderTheScenarioAndTheInstallation() {
    let roots = PriceBookRoots.candidates(
      environment: ["STREAMCOST_PRICING": "/books"], scenarioFile: "work/scenarios/telco.yaml", executable: "/opt/sc/bin/streamcost")
    #expect(roots == ["/books", "./pricing", "work/scenarios/../pricing", "/opt/sc/share/streamcost/pricing"])
  }

  @Test func anEmptyOrMissingVariableAndAnUnknownBinaryAreLeftOut() {
    #expect(PriceBookRoots.candidates(environment: ["STREAMCOST_PRICING": ""], scenarioFile: "telco.yaml", executable: nil) == ["./pricing", "../pricing"])
    #expect(PriceBookRoots.candidates(environment: [:], scenarioFile: "telco.yaml", executable: nil) == ["./pricing", "../pricing"])
  }

  @Test func aRootNamedTwiceIsSearchedOnce() {
    // A scenario in scenarios/ run from the package root: its ../pricing is ./pricing.
    let roots = PriceBookRoots.candidates(environment: ["STREAMCOST_PRICING": "pricing"], scenarioFile: "scenarios/telco.yaml", executable: nil)
    #expect(roots == ["pricing"])
  }

  @Test func theFirstRootWithABookWins() throws {
    let empty = try TestSupport.temporaryDirectory().path
    let shipped = TestSupport.packageRoot.appendingPathComponent("pricing").path
    let reference = PricingReference(provider: "aws", region: "us-east-1")
    let folder = try PriceBookLocator.directory(for: reference, roots: [empty, shipped], scenarioFile: "s.yaml")
    #expect(folder == "\(shipped)/aws/us-east-1/2026-07-20")
  }

  @Test func noBookAnywhereListsEveryFolderSearched() throws {
    let a = try TestSupport.temporaryDirectory().path
    let b = try TestSupport.temporaryDirectory().path
    let reference = PricingReference(provider: "aws", region: "mars-1")
    #expect(throws: InputError.self) { try PriceBookLocator.directory(for: reference, roots: [a, b], scenarioFile: "s.yaml") }
    do {
      _ = try PriceBookLocator.directory(for: reference, roots: [a, b], scenarioFile: "s.yaml")
    } catch {
      #expect(
        error.description
          == "s.yaml: pricing: no price book for 'aws/mars-1'; searched \(a)/aws/mars-1, \(b)/aws/mars-1 (accepted: a folder "
          + "<root>/aws/mars-1/YYYY-MM-DD under one of them, STREAMCOST_PRICING=DIR, --pricing-root DIR or --pricing DIR)")
    }
  }
}
