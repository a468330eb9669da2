/// Everything the simulator keeps for one architecture while it steps: its cost model and
/// instance type, its capacity controller, the volume ratchet, and the amounts per month.
///
/// A class, not a struct: it is mutable state the run loop updates in place at every step,
/// and copying it (with its arrays) per step cost more than all the model's arithmetic.
final class ArchitectureTrack {
  let spec: ArchitectureSpec
  let deployment: any Deployment
  let sizing: Sizing
  /// The instance type chosen for the peak, held apart so the run loop reads it without copying the sizing.
  let instance: InstanceType
  let assumptions: [Assumption]
  /// Each line's category index, for per-step costs.
  let ranks: [Int]
  /// The architecture's meter lines, then the two cross-AZ rebalance lines (out, in).
  let lines: [MeterLine]
  /// Retention windows in steps per feed: full retention, and local retention (TL) where shorter.
  let retentionSteps: [Int]
  let localSteps: [Int]?
  var controller: CapacityController
  /// What runs and each broker's provisioned volume (which only grows).
  var state = ClusterState(count: 0)
  /// Amounts in base units, month by month: amounts[month × lines + line].
  var amounts: [Double]
  /// Per-step scratch buffer for `meter`, reused.
  var stepAmounts: [Double] = []
  var hoursShort = 0.0
  var peakCount = 0
  var minimumCount = Int.max
  var countSum = 0.0
  var samples: [Int] = []

  static let rebalanceLines = CrossAZFlow.meterLines(.crossAZRebalance, "partition moves and re-replication")

  init(
    spec: ArchitectureSpec, index: Int, sizing: Sizing, assumptions: [Assumption], grid: TimeGrid, scenario: Scenario,
    months: Int, initial: Int
  ) {
    self.spec = spec
    deployment = spec.deployment
    self.sizing = sizing
    instance = sizing.instance
    self.assumptions = assumptions
    lines = deployment.meterLines(on: sizing.instance) + Self.rebalanceLines
    ranks = lines.map(\.category.rank)
    let steps = { (span: TimeSpan) in max(1, Int((span.seconds / grid.step).rounded())) }
    retentionSteps = scenario.feeds.map { steps($0.retention) }
    let deployment = self.deployment
    let local = scenario.feeds.map { feed in deployment.localRetention(for: feed).map(steps) }
    localSteps = local.contains { $0 != nil } ? local.enumerated().map { $1 ?? steps(scenario.feeds[$0].retention) } : nil
    controller = CapacityController(
      index: index, name: spec.name, deployment: deployment, scaling: spec.scaling, stepSeconds: grid.step, initial: initial)
    amounts = Array(repeating: 0, count: lines.count * months)
    stepAmounts.reserveCapacity(lines.count)
  }

  /// Adds this step's amounts to `month` and their first-tier cost to `cost` by category.
  func add(month: Int, prices: [Double], into cost: inout [Double]) {
    let base = month * lines.count
    // The hottest loop of a run: buffer pointers spare a uniqueness and bounds check per line.
    amounts.withUnsafeMutableBufferPointer { totals in
      stepAmounts.withUnsafeBufferPointer { step in
        ranks.withUnsafeBufferPointer { rank in
          prices.withUnsafeBufferPointer { price in
            for l in step.indices {
              totals[base + l] += step[l]
              cost[rank[l]] += step[l] * price[l]
            }
          }
        }
      }
    }
  }

  /// One month's amounts, one per line.
  func amounts(month: Int) -> [Double] {
    Array(amounts[(month * lines.count)..<((month + 1) * lines.count)])
  }

  /// Keeps the peak, minimum and mean count and one sparkline sample (the bucket's largest) per `sampleEvery` steps.
  func count(_ running: Int, step k: Int, sampleEvery: Int) {
    peakCount = max(peakCount, running)
    minimumCount = min(minimumCount, running)
    countSum += Double(running)
    if k % sampleEvery == 0 {
      samples.append(running)
    } else {
      samples[samples.count - 1] = max(samples[samples.count - 1], running)
    }
  }

  /// The count of the latest schedule entry at `offset` (the first entry's before it).
  func scheduled(at offset: Double) -> Int? {
    guard spec.scaling.policy == .scheduled, let first = spec.scaling.schedule.first else { return nil }
    return spec.scaling.schedule.last { $0.at.seconds <= offset }?.count ?? first.count
  }
}
