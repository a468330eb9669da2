import Foundation

/// What a cost engine works out once for a deployment and a month length, and reads again on
/// every later run with them: a sweep sizes the same architectures for thousands of workloads.
///
/// Only what the workload cannot change is kept: the candidate types and line prices of a
/// ranking (``CostEngine/RankingPrep``) and that an instance type's lines have every price. Each
/// is what working it out again would give, so the memo changes no result. Keyed by the
/// deployment (its whole configuration: every model is `Hashable`) and the month's hours, for the
/// engine's own book.
final class EngineMemo: @unchecked Sendable {
  struct Key: Hashable {
    let deployment: AnyHashable
    let monthHours: Double
    /// The instance type whose lines were checked; nil for a ranking.
    let instance: String?
  }

  /// Entries kept before the memo starts empty again (a sweep of very many configurations).
  static let capacity = 1_024

  private let lock = NSLock()
  private var rankings: [Key: CostEngine.RankingPrep] = [:]
  private var checked: Set<Key> = []

  static func key(_ deployment: any Deployment, monthHours: Double, instance: String? = nil) -> Key {
    Key(deployment: AnyHashable(deployment), monthHours: monthHours, instance: instance)
  }

  func ranking(_ key: Key) -> CostEngine.RankingPrep? { lock.withLock { rankings[key] } }

  func remember(_ prep: CostEngine.RankingPrep, for key: Key) {
    lock.withLock {
      if rankings.count >= Self.capacity { rankings.removeAll() }
      rankings[key] = prep
    }
  }

  func isChecked(_ key: Key) -> Bool { lock.withLock { checked.contains(key) } }

  func remember(checked key: Key) {
    lock.withLock {
      if checked.count >= Self.capacity { checked.removeAll() }
      checked.insert(key)
    }
  }
}
