import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost pricing`: price book tools.
  struct Pricing: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Work with price books.", subcommands: [Validate.self, Diff.self])

    /// `streamcost pricing validate DIR`: checks a book and reports every problem.
    struct Validate: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Check a price book folder (book.csv, instances.csv, rates.csv, facts.csv) and report every problem.")

      @Argument(help: "Price book folder, e.g. pricing/aws/us-east-1/2026-07-20.")
      var directory: String

      func run() throws {
        do {
          let book = try PriceBookLoader.load(directory)
          let tiers = book.rates.values.reduce(0) { $0 + $1.tiers.count }
          print(TerminalText.escaped("\(directory): ok — \(book.info.label), \(book.info.currency), \(book.instances.count) instance types, \(book.rates.count) rates (\(tiers) price tiers)"))
        } catch {
          throw ExitStatus.report(error)
        }
      }
    }

    /// `streamcost pricing diff OLD NEW`: rows added, removed and changed between two books.
    struct Diff: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Compare two price books: rows added, removed and changed, with the relative change.",
        discussion: """
          Rows are instances/<type>, rates/<id> (rates/<id>#2 for a rate's second tier) and book (provider, \
          region, as_of, currency). Prices compare exactly. Exits 0 whether or not the books differ; \
          65 or 66 when a book cannot be read.
          """)

      @Argument(help: "The old price book folder.")
      var old: String

      @Argument(help: "The new price book folder.")
      var new: String

      @Option(help: "What to print: table, or csv (columns change,row,field,old,new,relative_change).")
      var format: DiffFormat = .table

      enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv
      }

      func run() throws {
        do {
          let (before, after) = try books()
          let diff = PriceBookDiff(old: before, new: after)
          switch format {
          case .table: print(TerminalText.report(PriceBookDiffReport.table(diff, old: before.info, new: after.info)), terminator: "")
          case .csv: print(PriceBookDiffReport.csv(diff), terminator: "")
          }
        } catch {
          throw ExitStatus.report(error)
        }
      }

      /// Both books, or the problems of both together.
      func books() throws(InputErrors) -> (PriceBook, PriceBook) {
        var problems: [InputError] = []
        var loaded: [PriceBook] = []
        for directory in [old, new] {
          do { loaded.append(try PriceBookLoader.load(directory)) } catch { problems += error.errors }
        }
        guard problems.isEmpty, loaded.count == 2 else { throw InputErrors(problems) }
        return (loaded[0], loaded[1])
      }
    }
  }
}
