import Foundation
import Testing

@testable import StreamCost
@testable import StreamCostIO

/// run.csv: the comparison's identity as key,value rows, the price book's version among them.
struct RunInfoCSVTests {
  @Test func everyKeyInOrderWithItsValue() throws {
    var book = SimulationFixtures.info
    book.title = "AWS, on demand"
    let c = Comparison(scenario: "spike", description: "=cmd", book: book, month: .average730, results: [], assumptions: [], basis: "simulated: 1 step of 1h")
    #expect(
      RunInfoCSV.document(c) == "key,value\r\nscenario,spike\r\ndescription,'=cmd\r\nprice_book,aws/us-east-1@2026-07-20\r\n"
        + "price_book_version,2026-07-20\r\nprice_book_title,\"AWS, on demand\"\r\ncurrency,USD\r\nmonth,730h\r\nbasis,simulated: 1 step of 1h\r\n")
  }
}
