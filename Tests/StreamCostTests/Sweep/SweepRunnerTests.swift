import Foundation
import Testing

@testable import StreamCost

/// Parallel work comes back in index order, and errors are the same whatever the job count.
struct SweepRunnerTests {
  struct Failure: Error, Equatable { var index: Int }

  @Test func resultsAreInIndexOrderForEveryJobCount() async throws {
    let expected = (0..<97).map { $0 * $0 }
    for jobs in [1, 2, 3, 8, 200] {
      let squares = try await SweepRunner.map(count: 97, jobs: jobs) { { $0 * $0 } }
      #expect(squares == expected)
    }
  }

  @Test func theLowestFailingIndexIsReported() async {
    for jobs in [1, 2, 4] {
      do {
        _ = try await SweepRunner.map(count: 50, jobs: jobs) {
          { (i: Int) throws -> Int in
            if i == 31 || i == 17 || i == 40 { throw Failure(index: i) }
            return i
          }
        }
        Issue.record("no error")
      } catch {
        #expect(error as? Failure == Failure(index: 17))
      }
    }
  }

  @Test func progressIsCalledOncePerItem() async throws {
    final class Counter: @unchecked Sendable {
      var n = 0
      let lock = NSLock()
      func add() { lock.withLock { n += 1 } }
    }
    let counter = Counter()
    _ = try await SweepRunner.map(count: 25, jobs: 3, progress: counter.add) { { $0 } }
    #expect(counter.n == 25)
  }
}
