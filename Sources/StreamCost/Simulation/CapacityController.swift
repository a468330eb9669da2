import Foundation

/// Decides, step by step, how many brokers (or agents) one architecture runs and serves with,
/// under its scaling policy, and tallies every change (listing each as a ``ScalingEvent`` when it
/// keeps events).
///
/// - `peak`: the horizon's largest target from the first step (known before the run).
/// - `reactive`: a rise above what runs starts a scale-out that serves after its lead time
///   (instance start plus the data or partitions to move); a fall is followed only after the
///   demand has stayed lower for as long as the change would take, so the cluster does not flap.
/// - `scheduled`: the count of the latest schedule entry (the first entry's before it); resizes
///   are taken to start early enough to complete at their time.
/// Failures take brokers out of service until they recover; the bill keeps them (replacements run).
struct CapacityController: Sendable {
  let index: Int
  let name: String
  let deployment: any Deployment
  /// The scenario's workload, set to the step's sums when a change is worked out.
  private var atStep: Workload
  let scaling: ScalingConfig
  let stepSeconds: Double
  let rebalance: RebalancePrice

  private(set) var running = 0
  /// Every change in order, when the controller keeps them (``keepsEvents``).
  private(set) var events: [ScalingEvent] = []
  /// Whether ``events`` lists the changes (with the hours short each caused); a run without
  /// detail reads only the ``tally``.
  let keepsEvents: Bool
  private(set) var tally = ScalingTally()
  /// A change under way: its count, the step it serves from, and its event's index in ``events``
  /// (−1 when events are not kept).
  private var pending: (target: Int, ready: Int, event: Int)?
  private var lowSince: Int?
  private var lowTarget = 0
  /// The steps a scale-in from `from` to `to` takes, remembered while waiting to scale in when the
  /// deployment's resizes do not read the load (``Deployment/resizeReadsLoad``).
  private var lowWait: (from: Int, to: Int, steps: Int)?
  private let resizeReadsLoad: Bool
  /// ``steps(_:)`` of the last duration asked: a design's changes mostly take the same few
  /// durations, one after the other.
  private var lastLead = (seconds: Double.nan, steps: 0)
  /// Brokers out of service and the step each group recovers.
  private var outages: [(count: Int, until: Int, event: Int)] = []

  init(
    index: Int, name: String, deployment: any Deployment, workload: Workload, scaling: ScalingConfig, stepSeconds: Double,
    rebalance: RebalancePrice, keepsEvents: Bool = true
  ) {
    self.keepsEvents = keepsEvents
    resizeReadsLoad = deployment.resizeReadsLoad
    self.index = index
    self.name = name
    self.deployment = deployment
    atStep = workload
    self.scaling = scaling
    self.stepSeconds = stepSeconds
    self.rebalance = rebalance
  }

  /// Sets the count the run starts with, before its first step.
  mutating func start(with count: Int) {
    precondition(events.isEmpty && pending == nil && outages.isEmpty, "the run has already started")
    running = count
  }

  /// Forgets the changes of a warm-up stepped before the horizon (at negative steps), keeping where
  /// they left the cluster: the count running, a change under way and a wait to scale in.
  mutating func forgetWarmUp() {
    events.removeAll()
    tally = ScalingTally()
    if let p = pending { pending = (p.target, p.ready, -1) }
  }

  /// Serving brokers at step `k` given the count running.
  @inline(__always)
  var serving: Int {
    guard !outages.isEmpty else { return running }
    return max(0, running - outages.reduce(0) { $0 + $1.count })
  }

  func steps(_ seconds: Double) -> Int { max(1, Int((seconds / stepSeconds).rounded(.up))) }

  /// ``steps(_:)``, from ``lastLead`` when `seconds` is the duration asked last.
  private mutating func leadSteps(_ seconds: Double) -> Int {
    if seconds == lastLead.seconds { return lastLead.steps }
    let steps = steps(seconds)
    lastLead = (seconds, steps)
    return steps
  }

  /// Advances to step `k` (whose sums are `load`) with the load's `need`; returns the bytes to
  /// bill as cross-AZ rebalance this step.
  @inline(__always)
  mutating func advance(to k: Int, need: CapacityNeed, load: StepSums, schedule: Int?) -> Double {
    if !outages.isEmpty { outages.removeAll { $0.until <= k } }
    if let p = pending, k >= p.ready {
      running = p.target
      pending = nil
    }
    switch scaling.policy {
    case .peak:
      return 0
    case .scheduled:
      guard let wanted = schedule, wanted != running else { return 0 }
      return record(.scheduled, at: k, to: wanted, load: load, immediate: true)
    case .reactive:
      guard pending == nil else { return 0 }
      if need.target > running {
        lowSince = nil
        return record(.scaleOut, at: k, to: need.target, load: load, immediate: false)
      }
      guard need.target < running else {
        lowSince = nil
        return 0
      }
      if lowSince == nil {
        lowSince = k
        lowTarget = need.target
      }
      lowTarget = max(lowTarget, need.target)
      guard let since = lowSince, k - since >= scaleInWait(load) else { return 0 }
      lowSince = nil
      return record(.scaleIn, at: k, to: lowTarget, load: load, immediate: false)
    }
  }

  /// The steps a scale-in from the running count to `lowTarget` would take at the step whose sums
  /// are `load`: the demand must stay lower for that long.
  @inline(__always)
  private mutating func scaleInWait(_ load: StepSums) -> Int {
    if !resizeReadsLoad, let memo = lowWait, memo.from == running, memo.to == lowTarget { return memo.steps }
    // Two statements: a mutating call (`resize`) inside the argument of a method on `self`
    // (`steps`) makes Swift copy the whole controller, and its events, at every low step.
    let change = resize(load, to: lowTarget)
    let wait = leadSteps(change.duration)
    lowWait = (running, lowTarget, wait)
    return wait
  }

  /// What changing from the running count to `count` takes at the step whose sums are `load`.
  private mutating func resize(_ load: StepSums, to count: Int) -> CapacityChange {
    atStep.step = load
    return deployment.resize(atStep, from: running, to: count, scaling: scaling)
  }

  /// Starts a change to `count` brokers; with `immediate` it serves at once (planned ahead).
  private mutating func record(
    _ reason: ScalingEvent.Reason, at k: Int, to count: Int, load: StepSums, immediate: Bool
  ) -> Double {
    let change = resize(load, to: count)
    note(reason, at: k, from: running, to: count, change: change)
    if immediate {
      running = count
    } else {
      pending = (count, k + leadSteps(change.duration), events.count - 1)
    }
    return change.crossAZBytes
  }

  /// Injects a failure at step `k`; returns the bytes re-replicated across AZs.
  mutating func fail(_ loss: FailureEvent.Loss, at k: Int, azs: Int, load: StepSums) -> Double {
    let lost: Int
    let reason: ScalingEvent.Reason
    switch loss {
    case .broker:
      lost = 1
      reason = .brokerFailure
    case .az:
      lost = (running + azs - 1) / azs
      reason = .azFailure
    }
    atStep.step = load
    let change = deployment.recovery(atStep, lost: lost, of: running, scaling: scaling)
    note(reason, at: k, from: running, to: running, change: change)
    outages.append((lost, k + leadSteps(change.duration), events.count - 1))
    return change.crossAZBytes
  }

  /// Adds a step of shortage to every event whose change or recovery is still under way.
  mutating func noteShort(at k: Int, hours: Double) {
    guard keepsEvents else { return }
    if let p = pending, p.event >= 0 { events[p.event].hoursShort += hours }
    guard !outages.isEmpty else { return }
    for outage in outages { events[outage.event].hoursShort += hours }
  }

  /// Adds a change to the tally and, when events are kept, lists it with its rebalance cost;
  /// without detail no event is made.
  private mutating func note(_ reason: ScalingEvent.Reason, at k: Int, from: Int, to: Int, change: CapacityChange) {
    tally.add(reason, change.bytesMoved, duration: change.duration)
    if keepsEvents { events.append(event(reason, at: k, from: from, to: to, change: change)) }
  }

  private func event(
    _ reason: ScalingEvent.Reason, at k: Int, from: Int, to: Int, change: CapacityChange
  ) -> ScalingEvent {
    ScalingEvent(
      architecture: index, architectureName: name, offset: Double(k) * stepSeconds, reason: reason, before: from, after: to,
      bytesMoved: change.bytesMoved, duration: change.duration, crossAZBytes: change.crossAZBytes,
      crossAZCost: rebalance.cost(change.crossAZBytes), hoursShort: 0)
  }
}
