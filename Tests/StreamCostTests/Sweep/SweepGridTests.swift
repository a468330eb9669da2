import Testing

@testable import StreamCost

/// Combinations in nested-loop order, and the cap on their number.
struct SweepGridTests {
  @Test func theFirstParameterChangesSlowest() throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("a=1,2"), try SweepAxis.parse("b=x,y,z")])
    #expect(grid.count == 6)
    #expect((0..<6).map { grid.values(of: $0).map(\.label).joined(separator: "/") } == ["1/x", "1/y", "1/z", "2/x", "2/y", "2/z"])
    for index in 0..<6 { #expect(grid.index(of: grid.indices(of: index)) == index) }
  }

  @Test func tooManyCombinationsAreRefused() throws {
    let big = try SweepAxis.parse("a=1..1000:1")
    #expect(throws: SweepError.self) { try SweepGrid(axes: [big, try SweepAxis.parse("b=1..101:1")]) }
    #expect(try SweepGrid(axes: [big, try SweepAxis.parse("b=1..100:1")]).count == SweepGrid.maximumCombinations)
  }

  @Test func aPathVariedTwiceIsRefused() throws {
    #expect(throws: SweepError.self) { try SweepGrid(axes: [try SweepAxis.parse("a=1,2"), try SweepAxis.parse("a=3")]) }
    #expect(throws: SweepError.self) { try SweepGrid(axes: []) }
  }
}
