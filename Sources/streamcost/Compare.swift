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
        let document = try ScenarioLoader.document(scenario)
        let book = try pricing.book(for: document.scenario, scenarioFile: scenario)
        let comparison = try compare(document, book: book)
        if let out { try OutputDirectory.write(ReportCSV.files(comparison), to: out) }
        switch format {
        case .table: print(ComparisonTable.render(comparison), terminator: "")
        case .csv: print(ReportCSV.summary(comparison), terminator: "")
        case .json: print(try ComparisonJSON.render(comparison), terminator: "")
        }
      } catch {
        throw ExitStatus.report(error)
      }
    }

    /// Runs the engine, placing its problems in the file they concern: scenario issues at
    /// their line in the scenario, missing rows in the price book.
    func compare(_ document: ScenarioDocument, book: PriceBook) throws(InputErrors) -> Comparison {
      do {
        return try CostEngine(book: book).compare(document.scenario)
      } catch {
        switch error {
        case .scenario(let issues): throw InputErrors(issues.map(document.error))
        case .pricing(let problem): throw InputErrors([InputError(file: book.info.location, message: problem.description)])
        }
      }
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
