import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost pricing`: price book tools.
  struct Pricing: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Work with price books.", subcommands: [Validate.self])

    /// `streamcost pricing validate DIR`: checks a book and reports every problem.
    struct Validate: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Check a price book folder (book.csv, instances.csv, rates.csv) and report every problem.")

      @Argument(help: "Price book folder, e.g. pricing/aws/us-east-1/2026-07-20.")
      var directory: String

      func run() throws {
        do {
          let book = try PriceBookLoader.load(directory)
          let tiers = book.rates.values.reduce(0) { $0 + $1.tiers.count }
          print("\(directory): ok — \(book.info.label), \(book.info.currency), \(book.instances.count) instance types, \(book.rates.count) rates (\(tiers) price tiers)")
        } catch {
          throw ExitStatus.report(error)
        }
      }
    }
  }
}
