import Foundation

/// Runs numbered pieces of work in parallel with Swift concurrency and returns their results in
/// index order, whatever the number of jobs: the output of a sweep does not depend on the cores.
///
/// Each of `jobs` child tasks makes its own worker (so a worker may keep state that is not
/// `Sendable`, such as a parsed YAML tree) and, whenever it is free, takes the next index in
/// order: a task whose core is busier, or whose pieces are larger, takes fewer. When work fails,
/// no task starts an index above the lowest failure so far; every index below it has been handed
/// out, so the error of the lowest failing index is thrown, the same for every job count.
public enum SweepRunner {
  public static func map<T: Sendable>(
    count: Int, jobs: Int, progress: (@Sendable () -> Void)? = nil,
    makeWorker: @escaping @Sendable () throws -> (Int) throws -> T
  ) async throws -> [T] {
    guard count > 0 else { return [] }
    let jobs = max(1, min(jobs, count))
    let floor = FailureFloor()
    let queue = IndexQueue()
    let parts = await withTaskGroup(of: [(Int, Result<T, any Error>)].self) { group in
      for job in 0..<jobs {
        group.addTask {
          var done: [(Int, Result<T, any Error>)] = []
          let work: (Int) throws -> T
          do { work = try makeWorker() } catch {
            floor.lower(to: job)
            return [(job, .failure(error))]
          }
          while true {
            let index = queue.take()
            guard index < count && index < floor.index else { break }
            do {
              done.append((index, .success(try work(index))))
            } catch {
              floor.lower(to: index)
              done.append((index, .failure(error)))
              break
            }
            progress?()
          }
          return done
        }
      }
      var all: [[(Int, Result<T, any Error>)]] = []
      for await part in group { all.append(part) }
      return all
    }
    var results = [T?](repeating: nil, count: count)
    var firstError: (index: Int, error: any Error)?
    for part in parts {
      for (index, result) in part {
        switch result {
        case .success(let value): results[index] = value
        case .failure(let error):
          if firstError == nil || index < firstError!.index { firstError = (index, error) }
        }
      }
    }
    if let firstError { throw firstError.error }
    return results.map { $0! }
  }
}

/// The indices of one run, handed out in increasing order to the tasks as they come.
final class IndexQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take() -> Int {
    lock.withLock {
      defer { next += 1 }
      return next
    }
  }
}

/// The lowest index that failed so far, shared by the tasks of one run.
final class FailureFloor: @unchecked Sendable {
  private let lock = NSLock()
  private var lowest = Int.max

  var index: Int { lock.withLock { lowest } }

  func lower(to index: Int) { lock.withLock { lowest = min(lowest, index) } }
}
