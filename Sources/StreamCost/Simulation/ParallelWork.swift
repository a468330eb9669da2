import Dispatch

/// A run's work split across cores: the calls share nothing mutable, so the result is the same
/// on one core or several. Used to build the load, size the architectures and step them.
enum ParallelWork {
  /// Calls `body` with each index below `count`; on several cores when `parallel`.
  static func perform(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> Void) {
    guard parallel, count > 1 else {
      for i in 0..<count { body(i) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
  }

  /// Calls `body` with each element of `items` and its index; on several cores when `parallel`.
  /// Each call touches only its own element.
  static func forEach<Element>(_ items: inout [Element], parallel: Bool, _ body: @Sendable (Int, inout Element) -> Void) {
    var none: [Void] = Array(repeating: (), count: items.count)
    forEach(&items, &none, parallel: parallel) { i, item, _ in body(i, &item) }
  }

  /// Calls `body` with the elements at each index of two arrays of the same length, and
  /// `alongside` once; on several cores when `parallel`. Each call touches only its own pair.
  static func forEach<First, Second>(
    _ first: inout [First], _ second: inout [Second], parallel: Bool, alongside: () -> Void = {},
    _ body: @Sendable (Int, inout First, inout Second) -> Void
  ) {
    precondition(first.count == second.count)
    nonisolated(unsafe) let alongside = alongside
    first.withUnsafeMutableBufferPointer { a in
      second.withUnsafeMutableBufferPointer { b in
        nonisolated(unsafe) let (a, b) = (a, b)
        // Each call works on its own pair moved onto its thread's stack, not in place: neighbouring
        // elements share cache lines, and writing them from two cores at every step is slower than one core.
        perform(a.count + 1, parallel: parallel && a.count > 1) { i in
          guard i < a.count else { return alongside() }
          var first = (a.baseAddress! + i).move()
          var second = (b.baseAddress! + i).move()
          body(i, &first, &second)
          (a.baseAddress! + i).initialize(to: first)
          (b.baseAddress! + i).initialize(to: second)
        }
      }
    }
  }
}
