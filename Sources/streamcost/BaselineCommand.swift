import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost baseline`: regression baselines of the shipped scenarios' summaries.
  struct Baseline: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write or check the expected summary of every scenario (regression baselines).",
      discussion: """
        A baseline is <baselines>/<scenario file stem>.csv, byte for byte the summary.csv that \
        `compare --out` writes. `make test` runs `baseline check`, so a price-book or model change that moves \
        a result fails until `baseline update` is run and the changed baselines are committed.
        """,
      subcommands: [Update.self, Check.self])

    /// Exit status of `check` when a result differs from its baseline: not an input error.
    static let mismatch = ExitCode(1)

    /// Where scenarios, baselines and price books are.
    struct Folders: ParsableArguments {
      @Option(help: "Folder of scenario *.yaml files.")
      var scenarios = "scenarios"

      @Option(help: "Folder of baseline CSV files, one per scenario.")
      var baselines = "scenarios/baselines"

      @Option(help: "Folder holding <provider>/<region>/<as-of>/ price books.")
      var pricingRoot = "pricing"

      /// Every scenario priced with its book.
      func priced() throws(InputErrors) -> [ScenarioFolder.Priced] {
        try ScenarioFolder.compareAll(in: scenarios, pricingRoot: pricingRoot)
      }
    }

    /// `streamcost baseline update`: rewrites every baseline from a recomputation.
    struct Update: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Recompute every scenario and write its baseline; remove baselines whose scenario is gone.",
        discussion: "Writes nothing unless every scenario prices. Exit status: 0 written; 65/66 a scenario or book is invalid or unreadable; 73 a baseline cannot be written.")

      @OptionGroup var folders: Folders

      func run() throws {
        do {
          let priced = try folders.priced()
          let changes = try BaselineFolder.update(priced, in: folders.baselines)
          print(TerminalText.report(BaselineReport.updated(changes, scenarioCount: priced.count, baselines: folders.baselines)), terminator: "")
        } catch {
          throw ExitStatus.report(error)
        }
      }
    }

    /// `streamcost baseline check`: recomputes every scenario and compares it with its baseline.
    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Recompute every scenario and compare each architecture × category with its baseline.",
        discussion: """
          A line fails when |now − baseline| > tolerance × |baseline| (any change when the baseline is 0), and \
          so does a scenario, architecture or category present on one side only. Exit status: 0 all within \
          tolerance; 1 baseline mismatch (the delta table is printed); 64 bad tolerance; 65/66 a scenario, \
          book or baseline file is invalid or unreadable.
          """)

      @OptionGroup var folders: Folders

      @Option(
        help: "Largest relative move allowed, as '0.5%' or 0.005 (default: \(Format.percent(BaselineDelta.defaultTolerance))).",
        transform: Check.tolerance)
      var tolerance: Fraction?

      func run() throws {
        let delta: BaselineDelta
        do {
          let priced = try folders.priced()
          let sides = try BaselineFolder.sides(priced, in: folders.baselines)
          delta = try compare(sides)
        } catch {
          throw ExitStatus.report(error)
        }
        if delta.passes {
          print(TerminalText.report(BaselineReport.passed(delta)), terminator: "")
        } else {
          print(TerminalText.report(BaselineReport.failed(delta, scenarios: folders.scenarios, baselines: folders.baselines)), terminator: "")
          throw Baseline.mismatch
        }
      }

      func compare(_ sides: BaselineFolder.Sides) throws -> BaselineDelta {
        do {
          return try BaselineDelta(baseline: sides.baseline, now: sides.now, tolerance: tolerance ?? BaselineDelta.defaultTolerance)
        } catch {
          throw ValidationError(error.description)
        }
      }

      /// `0.5%` or `0.005`, 0 or more; anything else is a usage error (exit 64).
      static func tolerance(_ text: String) throws -> Fraction {
        let share: Fraction
        do { share = try QuantityParser.fraction(text) } catch { throw ValidationError(error.description) }
        guard share.value >= 0 else { throw ValidationError(BaselineToleranceError(tolerance: share).description) }
        return share
      }
    }
  }
}
