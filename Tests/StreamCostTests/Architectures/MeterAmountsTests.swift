import Foundation
import Testing

@testable import StreamCost

/// `meter` writes into a buffer sized once for the lines; what it returns is what was appended.
struct MeterAmountsTests {
  /// Three appended into room for five: the three come back, in order.
  @Test func collectReturnsWhatWasAppended() {
    let amounts = MeterAmounts.collect(lines: 5) { amounts in
      amounts.append(1.5)
      amounts.append(0)
      amounts.append(-2)
    }
    #expect(amounts == [1.5, 0, -2])
  }

  /// Made to add, each amount is added to what the buffer holds (a month's totals), line by line.
  @Test func addingAddsToTheBuffer() {
    var totals: [Double] = [1, 2, 3]
    totals.withUnsafeMutableBufferPointer { totals in
      var amounts = MeterAmounts(adding: totals)
      amounts.append(0.5)
      amounts.append(0.25)
      amounts.removeAll()
      amounts.append(10)
    }
    #expect(totals == [11.5, 2.25, 3])
  }

  /// A flow's two equal lines: written, both get the amount; added, only the first is added to and
  /// the second is marked its twin (bit 2 here), for the caller to copy.
  @Test func appendTwiceWritesBothOrMarksATwin() {
    #expect(MeterAmounts.collect(lines: 3) { $0.append(1); $0.appendTwice(2.5) } == [1, 2.5, 2.5])
    var totals: [Double] = [10, 20, 20]
    let twins = totals.withUnsafeMutableBufferPointer { totals in
      var amounts = MeterAmounts(adding: totals)
      amounts.append(1)
      amounts.appendTwice(2.5)
      return amounts.twins
    }
    #expect(totals == [11, 22.5, 20])
    #expect(twins == 0b100)
  }

  /// `removeAll` starts again from the first line, as a step after the last one does.
  @Test func removeAllStartsAgainAtTheFirstLine() {
    let amounts = MeterAmounts.collect(lines: 2) { amounts in
      amounts.append(7)
      amounts.append(8)
      #expect(amounts.count == 2 && amounts[1] == 8)
      amounts.removeAll()
      amounts.append(9)
    }
    #expect(amounts == [9])
  }

  /// Every model fills exactly one amount per meter line, into a buffer of that size
  /// (the four models on hand-checked workload A, at the count its sizing gives on r6i.xlarge).
  @Test(arguments: 0..<4) func everyModelFillsOneAmountPerLine(architecture: Int) throws {
    let deployment = InstanceRankingTests.deployments[architecture]
    let instance = try TestBook.book.instance("r6i.xlarge")
    var state = ClusterState(count: deployment.requiredCount(Workloads.a(), on: instance).target)
    let lines = deployment.meterLines(on: instance)
    let amounts = MeterAmounts.collect(lines: lines.count) { deployment.meter(Workloads.a(), state: &state, hours: 730, into: &$0) }
    #expect(amounts.count == lines.count)
    #expect(amounts[0] == Double(state.count) * 730)
  }
}
