import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost compare`: prices every architecture of a scenario side by side.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Price every architecture of a scenario for one month and compare them.",
      discussion: "Prints a table (or CSV/JSON) and, with --out, writes summary.csv, line_items.csv, assumptions.csv and sizing.csv."
    )

    @Argument(help: "Scenario YAML file.")
    var scenario: String

    @OptionGroup var pricing: PricingOptions

    @Option(help: "Folder to write the CSV files into (created if missing).")
    var out: String?

    @Option(help: "What to print: table, csv (the summary) or json.")
    var format: OutputFormat = .table

    func run() throws {
      do {
        let loaded = try ScenarioLoader.load(scenario)
        let book = try pricing.book(for: loaded, scenarioFile: scenario)
        let comparison: Comparison
        do {
          comparison = try CostEngine(book: book).compare(loaded)
        } catch {
          throw EngineFailure(error: error, scenarioFile: scenario, book: book.info.location)
        }
        if let out {
          do { try OutputDirectory.write(ReportCSV.files(comparison), to: out) } catch { throw OutputError(underlying: error) }
        }
        switch format {
        case .table: print(ComparisonTable.render(comparison), terminator: "")
        case .csv: print(ReportCSV.summary(comparison), terminator: "")
        case .json: print(try ComparisonJSON.render(comparison), terminator: "")
        }
      } catch let error as EngineFailure {
        throw ExitStatus.report(error.inputErrors)
      } catch {
        throw ExitStatus.report(error)
      }
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}

/// An engine error placed in the file it concerns: scenario issues in the scenario, missing rows in the book.
struct EngineFailure: Error {
  var error: EngineError
  var scenarioFile: String
  var book: String

  var inputErrors: InputErrors {
    switch error {
    case .scenario(let issues):
      InputErrors(issues.map { InputError(file: scenarioFile, field: $0.keyPath, message: $0.message, accepted: $0.accepted) })
    case .pricing(let pricing):
      InputErrors([InputError(file: book, message: pricing.description)])
    }
  }
}
