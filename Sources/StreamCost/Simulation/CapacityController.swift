import Foundation

/// Decides, step by step, how many brokers (or agents) one architecture runs, serves with and is
/// billed for, under its scaling policy, and tallies every change (listing each as a
/// ``ScalingEvent`` when it keeps events).
///
/// Decisions are taken at a step's start; what follows from them runs in continuous time
/// (docs/model.md §5): a change started at `t` that takes `d` seconds serves from `t + d`, inside
/// whichever step that falls, and the time short of capacity is measured to the second.
///
/// - `peak`: the horizon's largest target from the first step (known before the run).
/// - `reactive`: a rise above what runs starts a scale-out that serves after its lead time
///   (instance start plus the data or partitions to move); a fall is followed only after the
///   demand has stayed lower for as long as the change would take, so the cluster does not flap.
/// - `scheduled`: the count of the latest schedule entry (the first entry's before it); resizes
///   are taken to start early enough to complete at their time.
///
/// Billed from launch: a scale-out's new nodes are billed from the change's start (while they
/// copy data), a scale-in's leaving nodes until the change completes, and a scheduled scale-out's
/// new nodes for its lead time before the entry's time. Failures take brokers out of service until
/// they recover; the bill keeps them (their replacements run and are billed).
struct CapacityController: Sendable {
  let index: Int
  let name: String
  let deployment: any Deployment
  /// The scenario's workload, set to the step's sums when a change is worked out.
  private var atStep: Workload
  let scaling: ScalingConfig
  let stepSeconds: Double
  let rebalance: RebalancePrice

  /// Nodes running at the end of the current step (a change completing inside it counts).
  private(set) var running = 0
  /// Node-steps billed in the current step beyond ``running`` (≥ 0): nodes launched and copying
  /// data, nodes draining for part of the step, a scheduled scale-out's lead time.
  private(set) var extraBilled = 0.0
  /// Every change in order, when the controller keeps them (``keepsEvents``).
  private(set) var events: [ScalingEvent] = []
  /// Whether ``events`` lists the changes (with the hours short each caused); a run without
  /// detail reads only the ``tally``.
  let keepsEvents: Bool
  private(set) var tally = ScalingTally()
  /// A change under way: the count it leaves and reaches, when it completes (s from the run's
  /// start), and its event's index in ``events`` (−1 when events are not kept).
  private var pending: (from: Int, target: Int, ready: Double, event: Int)?
  /// Since when (s from the run's start) the need has been below what runs, and the most it asked since.
  private var lowSince: Double?
  private var lowTarget = 0
  /// The seconds a scale-in from `from` to `to` takes, remembered while waiting to scale in when
  /// the deployment's resizes do not read the load (``Deployment/resizeReadsLoad``).
  private var lowWait: (from: Int, to: Int, seconds: Double)?
  private let resizeReadsLoad: Bool
  /// Brokers out of service: how many, from and until when (s from the run's start), and their event.
  private var outages: [(count: Int, from: Double, until: Double, event: Int)] = []
  /// The current step's start, s from the run's start.
  private var stepStart = 0.0
  /// The bytes held at the current step's start and end (the sums' retained and local bytes,
  /// which are end-of-step figures): a change reads what is held when it starts, so the data it
  /// moves does not depend on the step length.
  private var heldAtStart: (retained: Double, local: LocalDiskSums)?
  private var heldAtEnd: (retained: Double, local: LocalDiskSums)?

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
    if let p = pending { pending = (p.from, p.target, p.ready, -1) }
  }

  /// The fewest nodes serving at any time in the current step.
  var serving: Int {
    guard changesServing else { return running }
    return intervals().reduce(Int.max) { min($0, $1.serving) }
  }

  /// Whether the serving count changes inside the current step (an outage, or a change that
  /// completes in it); otherwise the running count serves throughout.
  @inline(__always)
  private var changesServing: Bool {
    guard outages.isEmpty else { return true }
    guard let p = pending else { return false }
    return p.ready < stepStart + stepSeconds
  }

  /// Advances to step `k` (whose sums are `load`) with the load's `need`; returns the bytes to
  /// bill as cross-AZ rebalance this step.
  @inline(__always)
  mutating func advance(to k: Int, need: CapacityNeed, load: StepSums, schedule: Int?) -> Double {
    stepStart = Double(k) * stepSeconds
    extraBilled = 0
    heldAtStart = heldAtEnd ?? (load.retained, load.local)
    heldAtEnd = (load.retained, load.local)
    if !outages.isEmpty { outages.removeAll { $0.until <= stepStart } }
    if let p = pending, p.ready <= stepStart {
      running = p.target  // completed on the step's boundary
      pending = nil
    }
    let moved = decide(need: need, load: load, schedule: schedule)
    if let p = pending { settle(p) }
    return moved
  }

  /// Applies the policy at the current step's start; returns the rebalance bytes of a change it starts.
  @inline(__always)
  private mutating func decide(need: CapacityNeed, load: StepSums, schedule: Int?) -> Double {
    switch scaling.policy {
    case .peak:
      return 0
    case .scheduled:
      guard let wanted = schedule, wanted != running else { return 0 }
      return record(.scheduled, at: stepStart, to: wanted, load: load, immediate: true)
    case .reactive:
      guard pending == nil else { return 0 }
      if need.target > running {
        lowSince = nil
        return record(.scaleOut, at: stepStart, to: need.target, load: load, immediate: false)
      }
      guard need.target < running else {
        lowSince = nil
        return 0
      }
      if lowSince == nil {
        lowSince = stepStart
        lowTarget = need.target
      }
      lowTarget = max(lowTarget, need.target)
      // The load holds the step's mean throughout the step: a fall is followed at the instant it
      // has lasted as long as the change takes, inside whichever step that is.
      guard let since = lowSince else { return 0 }
      let start = since + scaleInWait(load)
      guard start < stepStart + stepSeconds else { return 0 }
      lowSince = nil
      return record(.scaleIn, at: max(start, stepStart), to: lowTarget, load: load, immediate: false)
    }
  }

  /// What the change under way bills and runs in the current step: a scale-out bills its target
  /// from its start; a change completing inside the step runs its target at the step's end, and
  /// a scale-in bills its leaving nodes for the part of the step before it completes.
  @inline(__always)
  private mutating func settle(_ p: (from: Int, target: Int, ready: Double, event: Int)) {
    let completes = p.ready < stepStart + stepSeconds
    if completes { running = p.target }
    if p.target > p.from {
      extraBilled = Double(p.target - running)
    } else if completes {
      extraBilled = Double(p.from - p.target) * (p.ready - stepStart) / stepSeconds
    }
  }

  /// The seconds a scale-in from the running count to `lowTarget` would take at the step whose sums
  /// are `load`: the demand must stay lower for that long.
  @inline(__always)
  private mutating func scaleInWait(_ load: StepSums) -> Double {
    if !resizeReadsLoad, let memo = lowWait, memo.from == running, memo.to == lowTarget { return memo.seconds }
    let wait = resize(load, to: lowTarget).duration
    lowWait = (running, lowTarget, wait)
    return wait
  }

  /// What changing from the running count to `count` takes at the step whose sums are `load`.
  private mutating func resize(_ load: StepSums, to count: Int) -> CapacityChange {
    atStep.step = atStart(load)
    return deployment.resize(atStep, from: running, to: count, scaling: scaling)
  }

  /// Starts a change to `count` brokers at `start` (s from the run's start, in the current step);
  /// with `immediate` it serves at once (planned ahead: a scale-out's new nodes were launched its
  /// lead time earlier, and are billed so).
  private mutating func record(
    _ reason: ScalingEvent.Reason, at start: Double, to count: Int, load: StepSums, immediate: Bool
  ) -> Double {
    let change = resize(load, to: count)
    note(reason, at: start, from: running, to: count, change: change)
    if immediate {
      if count > running { extraBilled += Double(count - running) * change.duration / stepSeconds }
      running = count
    } else {
      pending = (running, count, start + change.duration, events.count - 1)
    }
    return change.crossAZBytes
  }

  /// Injects a failure at `offset` (s from the run's start, inside the current step); returns the
  /// bytes re-replicated across AZs.
  mutating func fail(_ loss: FailureEvent.Loss, at offset: Double, azs: Int, load: StepSums) -> Double {
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
    atStep.step = atStart(load)
    let change = deployment.recovery(atStep, lost: lost, of: running, scaling: scaling)
    let at = max(stepStart, offset)
    note(reason, at: at, from: running, to: running, change: change)
    outages.append((lost, at, at + change.duration, events.count - 1))
    return change.crossAZBytes
  }

  /// The step's sums with the bytes held at its start (those at its end before the first step).
  private func atStart(_ load: StepSums) -> StepSums {
    guard let held = heldAtStart else { return load }
    var sums = load
    (sums.retained, sums.local) = (held.retained, held.local)
    return sums
  }

  /// Seconds of the current step during which fewer nodes serve than `needed`; each event whose
  /// change or recovery is under way at those times is charged them (as hours short).
  @inline(__always)
  mutating func shortSeconds(needed: Int) -> Double {
    guard changesServing else {
      guard running < needed else { return 0 }
      if keepsEvents, let p = pending, p.event >= 0 { events[p.event].hoursShort += stepSeconds / 3_600 }
      return stepSeconds
    }
    return shortSecondsInParts(needed: needed)
  }

  /// ``shortSeconds(needed:)`` of a step whose serving count changes inside it, part by part.
  @inline(never)  // kept apart: the step loops inline only the common case above
  private mutating func shortSecondsInParts(needed: Int) -> Double {
    var short = 0.0
    for part in intervals() where part.serving < needed {
      short += part.seconds
      guard keepsEvents else { continue }
      let hours = part.seconds / 3_600
      if let p = pending, part.at < p.ready, p.event >= 0 { events[p.event].hoursShort += hours }
      for outage in outages where outage.from <= part.at && part.at < outage.until {
        events[outage.event].hoursShort += hours
      }
    }
    return short
  }

  /// The current step cut where the serving count changes: each part's start, length (s) and
  /// serving count (the change under way serves its old count until it completes; an outage takes
  /// its nodes out from its start until it recovers).
  private func intervals() -> [(at: Double, seconds: Double, serving: Int)] {
    let end = stepStart + stepSeconds
    var cuts = [stepStart, end]
    if let p = pending, p.ready > stepStart, p.ready < end { cuts.append(p.ready) }
    for outage in outages {
      if outage.from > stepStart && outage.from < end { cuts.append(outage.from) }
      if outage.until > stepStart && outage.until < end { cuts.append(outage.until) }
    }
    cuts.sort()
    var parts: [(at: Double, seconds: Double, serving: Int)] = []
    for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
      var count = running
      if let p = pending, a < p.ready { count = p.from }
      for outage in outages where outage.from <= a && a < outage.until { count -= outage.count }
      parts.append((a, b - a, max(0, count)))
    }
    return parts
  }

  /// Adds a change to the tally and, when events are kept, lists it with its rebalance cost;
  /// without detail no event is made.
  private mutating func note(_ reason: ScalingEvent.Reason, at offset: Double, from: Int, to: Int, change: CapacityChange) {
    tally.add(reason, change.bytesMoved, duration: change.duration)
    if keepsEvents { events.append(event(reason, at: offset, from: from, to: to, change: change)) }
  }

  private func event(
    _ reason: ScalingEvent.Reason, at offset: Double, from: Int, to: Int, change: CapacityChange
  ) -> ScalingEvent {
    ScalingEvent(
      architecture: index, architectureName: name, offset: offset, reason: reason, before: from, after: to,
      bytesMoved: change.bytesMoved, duration: change.duration, crossAZBytes: change.crossAZBytes,
      crossAZCost: rebalance.cost(change.crossAZBytes), hoursShort: 0)
  }
}
