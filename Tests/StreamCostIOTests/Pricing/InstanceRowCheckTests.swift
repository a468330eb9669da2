import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// An instance row without a field a model sizes against is refused, naming file, record, column and why.
///
/// Record numbers are those of the shipped instances.csv (header = 1): row 14 is r6i.large, row 30
/// c7g.large, row 34 i3en.large, row 43 m5.large. Each test breaks one copy of the shipped book.
@Suite struct InstanceRowCheckTests {
  static let ebsAccepted =
    "the type's baseline (not maximum) EBS bandwidth in Mbit/s, above 0, from the provider's EBS-optimized instance table"

  @Test func anEBSOnlyTypeWithoutItsEBSBaselineIsRefused() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 30, "c7g.large,2,4,0.937,,,630,", with: "c7g.large,2,4,0.937,,,,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description
        == "\(book.file("instances.csv")):30: column ebs_baseline_mbps: is empty for c7g.large, "
        + "but kafka and kafka-tiered on gp3 volumes size disk throughput on the EBS baseline (accepted: \(Self.ebsAccepted))")
  }

  @Test func aTypeWithLocalNVMeStillNeedsItsEBSBaseline() throws {
    // `instance: cheapest` sizes kafka on gp3 volumes on every type, NVMe types included.
    let book = try BookCopy()
    try book.replace("instances.csv", line: 34, "i3en.large,2,16,2.1,,1250,576,", with: "i3en.large,2,16,2.1,,1250,,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.file == book.file("instances.csv"))
    #expect(e.line == 34)
    #expect(e.field == "column ebs_baseline_mbps")
    #expect(e.message.hasPrefix("is empty for i3en.large, but kafka and kafka-tiered on gp3 volumes"))
  }

  @Test func everyMissingFieldOfARowIsListed() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 14, "r6i.large,2,16,0.781,,,650,", with: "r6i.large,,16,,,,,")
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    // Three fields emptied, three problems, in InstanceRequirement's order; all on record 14.
    #expect(errors.map(\.field) == ["column vcpu", "column network_baseline_gbps", "column ebs_baseline_mbps"])
    #expect(errors.allSatisfy { $0.file == book.file("instances.csv") && $0.line == 14 })
    #expect(
      errors.map(\.description).first
        == "\(book.file("instances.csv")):14: column vcpu: is empty for r6i.large, but diskless sizes its agents on vCPUs "
        + "(accepted: the type's whole number of vCPUs)")
    #expect(
      errors.map(\.description).dropFirst().first
        == "\(book.file("instances.csv")):14: column network_baseline_gbps: is empty for r6i.large, "
        + "but every architecture sizes its network lanes on the baseline bandwidth "
        + "(accepted: the type's baseline (not burst) network bandwidth in Gbit/s, above 0)")
  }

  @Test func aMissingFieldDoesNotHideTheOtherRowsProblems() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 30, "c7g.large,2,4,0.937,,,630,", with: "c7g.large,2,4,0.937,,,,")
    try book.replace("instances.csv", line: 43, ",Hours,0.096,", with: ",Hours,abc,")
    let errors = inputErrors { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(errors.map(\.line) == [30, 43])
    #expect(errors.map(\.field) == ["column ebs_baseline_mbps", "column price"])
  }

  @Test func anEBSBaselineOfZeroIsOutOfRange() throws {
    let book = try BookCopy()
    try book.replace("instances.csv", line: 30, "c7g.large,2,4,0.937,,,630,", with: "c7g.large,2,4,0.937,,,0,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(
      e.description == "\(book.file("instances.csv")):30: column ebs_baseline_mbps: '0' is out of range (accepted: a number above 0)")
  }

  @Test func aRowWithoutMemoryIsRefusedByTheReader() throws {
    // No model reads memory_gib, but a row must still describe its type: the reader requires the cell.
    let book = try BookCopy()
    try book.replace("instances.csv", line: 14, "r6i.large,2,16,", with: "r6i.large,2,,")
    let e = try singleInputError { () throws(InputErrors) in try PriceBookLoader.load(book.path) }
    #expect(e.description == "\(book.file("instances.csv")):14: column memory_gib: is empty (accepted: a number)")
  }

  @Test func theRequiredColumnsAreColumnsOfTheFile() {
    for field in InstanceRequirement.allCases {
      #expect(PriceBookLoader.instanceColumns.contains(field.column), "\(field.column)")
    }
  }

  @Test func everyShippedTypeHasItsEBSBaselineWithItsSource() throws {
    let book = try PriceBookLoader.load(TestSupport.shippedBook)
    let page = "ebs https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html"
    for type in book.sortedInstances {
      #expect(type.ebsBaseline != nil, "\(type.name)")
      #expect(type.source.contains(page), "\(type.name)")
    }
    // The page's baseline column: c7g.large 630 Mbit/s = 78.75 MB/s; r6i.large 650 Mbit/s = 81.25 MB/s;
    // i3en.large 576 Mbit/s = 72 MB/s (bytes/s = Mbit/s × 10^6 ÷ 8).
    #expect(book.instances["c7g.large"]?.ebsBaseline?.bytesPerSecond == 78_750_000)
    #expect(book.instances["r6i.large"]?.ebsBaseline?.bytesPerSecond == 81_250_000)
    #expect(book.instances["i3en.large"]?.ebsBaseline?.bytesPerSecond == 72_000_000)
  }
}
