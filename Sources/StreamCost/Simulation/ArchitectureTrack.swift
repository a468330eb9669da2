import Foundation

/// One architecture stepping through a run: its cost model and instance type, its own copy of
/// the workload, its capacity controller, the volume ratchet, and the amounts per month.
///
/// Tracks share nothing mutable, so a run steps them side by side, each on its own core.
struct ArchitectureTrack: Sendable {
  let spec: ArchitectureSpec
  let deployment: any Deployment
  let sizing: Sizing
  /// The instance type chosen for the peak, held apart so a step reads it without copying the sizing.
  let instance: InstanceType
  let assumptions: [Assumption]
  /// Each line's category index, for per-step costs.
  let ranks: [Int]
  /// The architecture's meter lines, then the two cross-AZ rebalance lines (out, in).
  let lines: [MeterLine]
  /// Each line's first-tier unit price per base unit, month by month, for the timeline's per-step costs.
  let prices: [[Double]]
  /// Local retention (TL) window in steps per feed, where the architecture keeps less on disk.
  let localSteps: [Int]?
  var controller: CapacityController
  /// The load at the current step, with the bytes each feed holds.
  var workload: Workload
  /// With the `peak` policy: the need at every step, found while sizing for the peak and reused.
  var needs: [CapacityNeed] = []
  /// Index of the next failure event in the run's list.
  var nextFailure = 0
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

  init(spec: ArchitectureSpec, index: Int, sizing: Sizing, assumptions: [Assumption], inputs: RunInputs, book: PriceBook) {
    self.spec = spec
    let deployment = spec.deployment
    self.deployment = deployment
    self.sizing = sizing
    instance = sizing.instance
    self.assumptions = assumptions
    lines = deployment.meterLines(on: sizing.instance) + Self.rebalanceLines
    ranks = lines.map(\.category.rank)
    prices = inputs.calendar.billedHours.map { [lines] in Self.unitPrices(lines, book: book, monthHours: $0) }
    let steps = inputs.grid.steps(in:)
    let feeds = inputs.scenario.feeds
    let local = feeds.map { feed in deployment.localRetention(for: feed).map(steps) }
    localSteps = local.contains { $0 != nil } ? local.enumerated().map { $1 ?? steps(feeds[$0].retention) } : nil
    controller = CapacityController(
      index: index, name: spec.name, deployment: deployment, scaling: spec.scaling, stepSeconds: inputs.grid.step,
      rebalance: inputs.rebalance, initial: 0)
    workload = inputs.emptyWorkload
    amounts = Array(repeating: 0, count: lines.count * inputs.calendar.count)
    stepAmounts.reserveCapacity(lines.count)
  }

  /// Sets the starting count: `peak`, the largest target over the horizon (keeping every step's
  /// need for the run); `scheduled`, the schedule's first count; `reactive`, the first step's target.
  mutating func start(_ inputs: RunInputs) {
    let initial: Int
    if let scheduled = scheduled(at: 0) {
      initial = scheduled
    } else if spec.scaling.policy == .peak {
      needs.reserveCapacity(inputs.grid.count)
      for k in 0..<inputs.grid.count { needs.append(need(at: k, inputs)) }
      initial = needs.reduce(0) { max($0, $1.target) }
    } else {
      initial = need(at: 0, inputs).target
    }
    controller = CapacityController(
      index: controller.index, name: spec.name, deployment: deployment, scaling: spec.scaling,
      stepSeconds: inputs.grid.step, rebalance: inputs.rebalance, initial: initial)
  }

  /// Loads step `k` into the workload and returns the brokers it needs.
  private mutating func need(at k: Int, _ inputs: RunInputs) -> CapacityNeed {
    workload.load(step: k, from: inputs)
    workload.hold(step: k, from: inputs.load, local: localSteps)
    return deployment.requiredCount(workload, on: instance)
  }

  /// Steps to `k`: capacity under the policy and failures, every meter's amount added to the
  /// month, and the step's record with its first-tier cost per category.
  mutating func step(_ k: Int, _ inputs: RunInputs) -> StepRecord {
    let need: CapacityNeed
    if needs.isEmpty {
      need = self.need(at: k, inputs)
    } else {
      workload.load(step: k, from: inputs)
      workload.hold(step: k, from: inputs.load, local: localSteps)
      need = needs[k]
    }
    var moved = controller.advance(to: k, need: need, workload: workload, schedule: scheduled(at: inputs.grid.time(k)))
    while nextFailure < inputs.failures.count, inputs.failures[nextFailure].step == k {
      let failure = inputs.failures[nextFailure].event
      moved += controller.fail(failure.lose, at: k, azs: inputs.scenario.topology.azs, workload: workload)
      nextFailure += 1
    }
    let running = controller.running
    let serving = controller.serving
    state.count = running
    deployment.meter(workload, state: &state, hours: inputs.stepHours, into: &stepAmounts)
    stepAmounts.append(moved)
    stepAmounts.append(moved)
    let month = inputs.calendar.monthOfStep[k]
    let cost = add(month: month, prices: prices[month])
    if serving < need.needed {
      hoursShort += inputs.stepHours
      controller.noteShort(at: k, hours: inputs.stepHours)
    }
    count(running, step: k, sampleEvery: inputs.sampleEvery)
    return StepRecord(
      step: k, offset: inputs.grid.time(k), architecture: controller.index, write: workload.write.bytesPerSecond,
      tailRead: workload.tailRead.bytesPerSecond, catchUpRead: workload.catchUpRead.bytesPerSecond,
      needed: need.needed, target: need.target, running: running, serving: serving,
      objectBytes: workload.retainedOneCopy.bytes, localBytes: localBytes, cost: cost)
  }

  /// Adds this step's amounts to `month` and returns their first-tier cost by category.
  private mutating func add(month: Int, prices: [Double]) -> CategoryCosts {
    var cost = CategoryCosts()
    let base = month * lines.count
    let ranks = self.ranks
    let stepAmounts = self.stepAmounts
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
    return cost
  }

  /// Bytes on broker disks, all replicas: RF × what each feed holds locally; none for stateless designs.
  var localBytes: Double {
    switch spec.kind {
    case .sharedStorage, .diskless: return 0
    case .kafka, .kafkaTiered:
      let held = (localSteps == nil ? workload.retained : workload.retainedLocally)?.reduce(0, +) ?? 0
      return Double(workload.topology.replicationFactor) * held
    }
  }

  /// One month's amounts, one per line.
  func amounts(month: Int) -> [Double] {
    Array(amounts[(month * lines.count)..<((month + 1) * lines.count)])
  }

  /// Keeps the peak, minimum and mean count and one sparkline sample (the bucket's largest) per `sampleEvery` steps.
  private mutating func count(_ running: Int, step k: Int, sampleEvery: Int) {
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

  /// Each line's first-tier unit price per base unit.
  static func unitPrices(_ lines: [MeterLine], book: PriceBook, monthHours: Double) -> [Double] {
    lines.map { line in
      switch line.price {
      case .instance(let name):
        return book.instances[name]?.pricePerHour.doubleValue ?? 0
      case .rate(let id):
        guard let rate = book.rates[id.rawValue], let tier = rate.tiers.first,
          let perUnit = rate.unit.quantity(of: Metered(line.dimension, 1), monthHours: monthHours)
        else { return 0 }
        return perUnit * tier.price.doubleValue
      }
    }
  }
}
