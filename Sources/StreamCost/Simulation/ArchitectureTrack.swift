import Foundation

/// One architecture stepping through a run: its cost model and instance type, its capacity
/// controller, the volume ratchet, and the amounts per month.
///
/// Tracks share nothing mutable, so a run steps them side by side, each on its own core. A
/// step reads the load as sums (cluster totals, bytes held and, for broker-local designs,
/// local-disk sums worked out a block of steps at a time), never feed by feed, and the step
/// loop is specialised for the architecture's model, so its formulas are called directly.
struct ArchitectureTrack: Sendable {
  let spec: ArchitectureSpec
  let deployment: any Deployment
  /// The sizing reported for the run: the steady sizing at the peak rates that chose the
  /// instance type, and for a `peak` design the sizing at the peak pass's binding step
  /// (``peakStep``), whose count is the count it runs.
  var sizing: Sizing
  /// The instance type chosen for the peak, held apart so a step reads it without copying the sizing.
  let instance: InstanceType
  let assumptions: [Assumption]
  /// Runs of adjacent lines of one category (its index), for per-step costs.
  let runs: [(rank: Int, lines: Range<Int>)]
  /// The architecture's meter lines, then the two cross-AZ rebalance lines (out, in).
  let lines: [MeterLine]
  /// Each line's first-tier unit price per base unit, month by month (prices[month × lines + line]),
  /// for the timeline's per-step costs (empty when the run keeps no timeline).
  let prices: [Double]
  /// What each feed keeps on disk, for a broker-local design.
  let localDisk: LocalDiskPlan?
  var controller: CapacityController
  /// With the `peak` policy: the run's largest need, which it runs from the first step.
  var peak: CapacityNeed?
  /// With the `peak` policy: the step whose need is the run's largest (the first such step of the
  /// binding lane), where ``sizing`` reads the bytes held.
  var peakStep: Int?
  /// With the `peak` policy in a run that keeps its steps' records: the need at every step, found
  /// while sizing for the peak and reused. A run that keeps none works a step's need out only when
  /// fewer serve than the peak needs (after a failure), the one time it can fall short.
  var needs: [CapacityNeed] = []
  /// With the `peak` policy on a run short enough (``Simulator/keptLocalSteps``): the local-disk
  /// sums of every step, worked out while sizing for the peak and reused while stepping.
  var keptLocal: [LocalDiskSums] = []
  /// Index of the next failure event in the run's list.
  var nextFailure = 0
  /// What runs and each broker's provisioned volume (which only grows).
  var state = ClusterState(count: 0)
  /// Amounts in base units, month by month: amounts[month × lines + line].
  var amounts: [Double]
  var hoursShort = 0.0
  /// The running count's peak, minimum, mean and sparkline samples.
  var counts = CountStatistics()

  static let rebalanceLines = CrossAZFlow.meterLines(.crossAZRebalance, "partition moves and re-replication", explained: .moved)

  init(
    spec: ArchitectureSpec, index: Int, sizing: Sizing, assumptions: [Assumption], inputs: RunInputs, book: PriceBook,
    stepCosts: Bool, keepsEvents: Bool = true
  ) {
    self.spec = spec
    let deployment = spec.deployment(book.facts, clients: inputs.scenario.topology.clients)
    self.deployment = deployment
    self.sizing = sizing
    instance = sizing.instance
    self.assumptions = assumptions
    lines = deployment.meterLines(on: sizing.instance) + Self.rebalanceLines
    runs = Self.runs(lines.map(\.category.rank))
    prices = stepCosts ? inputs.calendar.billedHours.flatMap { [lines] in Self.unitPrices(lines, book: book, monthHours: $0) } : []
    localDisk = deployment.localDiskPlan(inputs.scenario, grid: inputs.grid)
    controller = CapacityController(
      index: index, name: spec.name, deployment: deployment,
      workload: Workload(feeds: inputs.scenario.feeds, topology: inputs.scenario.topology), scaling: spec.scaling,
      stepSeconds: inputs.grid.step, rebalance: inputs.rebalance, keepsEvents: keepsEvents)
    amounts = Array(repeating: 0, count: lines.count * inputs.calendar.count)
  }

  /// Sets the starting count: `peak`, the largest target over the horizon (keeping every step's
  /// need when the run keeps records); `scheduled`, the schedule's first count; `reactive`, the
  /// first step's target.
  /// A run of at most `keptLocalSteps` steps keeps the peak pass's local-disk sums.
  mutating func start(_ inputs: RunInputs, keptLocalSteps: Int) {
    // The model hands back its own formulas (``Deployment/start(_:_:keptLocalSteps:)``), so the
    // loops inside are specialised for them (inlined) rather than dispatched at every step.
    let model = deployment
    model.start(&self, inputs, keptLocalSteps: keptLocalSteps)
  }

  /// Steps through `steps` in order, appending each step's record to `records` when `keep`
  /// (otherwise per-step costs are not worked out).
  mutating func step(through steps: Range<Int>, _ inputs: RunInputs, records: inout [TrackStep], keep: Bool) {
    precondition(!keep || !prices.isEmpty, "a track made without step costs keeps no records")
    let model = deployment
    model.step(&self, through: steps, inputs, records: &records, keep: keep)
  }

  /// ``start(_:keptLocalSteps:)`` with the model's formulas, as the model calls it.
  mutating func start<Formulas: StepFormulas>(_ formulas: Formulas, _ inputs: RunInputs, keepLocal: Bool) {
    let initial: Int
    if let scheduled = scheduled(at: 0) {
      initial = scheduled
    } else if spec.scaling.policy == .peak {
      let pass = peakPass(formulas, inputs, keepNeeds: !prices.isEmpty, keepLocal: keepLocal)
      (peak, needs, keptLocal, peakStep) = (pass.peak, pass.needs, pass.local, pass.step)
      initial = pass.peak.target
    } else {
      initial = formulas.need(inputs.load.sums(0, local: localDisk?.sums(0..<1, inputs.load)[0]), on: instance).target
    }
    guard let week = inputs.warmUp else { return controller.start(with: initial) }
    if peak != nil || scheduled(at: 0) != nil {
      controller.start(with: initial)
      prime(formulas, over: week, count: initial)
    } else {
      controller.start(with: formulas.need(week.sums(0, local: localDisk?.sums(0..<1, week)[0]), on: instance).target)
      prime(formulas, over: week, count: nil)
    }
  }

  /// Steps the warm-up's load `week` (at negative steps, ending just before the horizon) without
  /// billing it, so that what only grows (broker volumes) and a `reactive` controller (its count, a
  /// change under way, a wait to scale in) are where a running cluster's would be: at `count`
  /// brokers throughout (the peak, or the schedule's first count), or, when nil, under the
  /// controller with each step's own need. The meters go to a scratch buffer; the changes are forgotten.
  private mutating func prime<Formulas: StepFormulas>(_ formulas: Formulas, over week: LoadSeries, count: Int?) {
    let steps = 0..<week.grid.count
    let local = localDisk?.sums(steps, week)
    let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: lines.count)
    defer { scratch.deallocate() }
    var meters = MeterAmounts(scratch)
    for j in steps {
      let sums = week.sums(j, local: local?[j])
      if let count {
        state.count = count
      } else {
        _ = controller.advance(to: j - steps.count, need: formulas.need(sums, on: instance), load: sums, schedule: nil)
        (state.count, state.extraBilled) = (controller.running, controller.extraBilled)
      }
      meters.removeAll()
      formulas.meter(sums, state: &state, into: &meters)
    }
    state.extraBilled = 0
    controller.forgetWarmUp()
  }

  /// ``step(through:_:records:keep:)`` with the model's formulas, as the model calls it.
  mutating func step<Formulas: StepFormulas>(
    _ formulas: borrowing Formulas, through steps: Range<Int>, _ inputs: RunInputs, records: inout [TrackStep], keep: Bool
  ) {
    // The month totals are held in memory of their own while stepping, so that a step adds to
    // them in place: as a field of the mutated track they would be copied at every step.
    let totals = UnsafeMutableBufferPointer<Double>.allocate(capacity: amounts.count)
    _ = totals.initialize(from: amounts)
    defer {
      amounts = Array(totals)
      totals.deallocate()
    }
    // A `peak` design (the only kind with a peak) without failures runs its peak count at every
    // step and is never short.
    if !keep && peak != nil && inputs.failures.isEmpty {
      return stepSteady(formulas, through: steps, inputs, totals: totals)
    }
    // A `reactive` design without failures serves all it runs.
    if !keep && spec.scaling.policy == .reactive && inputs.failures.isEmpty {
      return stepReactive(formulas, through: steps, inputs, totals: totals)
    }
    let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: lines.count)
    defer { buffer.deallocate() }
    // Without records a step's amounts are added straight into its month's totals.
    func meterAmounts(month: Int) -> MeterAmounts {
      keep ? MeterAmounts(buffer) : MeterAmounts(adding: row(month, of: totals))
    }
    var rounding = NeedRounding()
    // A local: read through the mutated track, the instance type would be copied at every step.
    let instance = self.instance
    let (capacities, scale) = (formulas.capacities(on: instance), formulas.demandScale)
    var cursor = StepCursor(steps, inputs, localDisk: localDisk, kept: keptLocal)
    let first = cursor.month
    var meters = meterAmounts(month: first)
    defer { copyTwins(meters.twins, months: first...cursor.month, in: totals) }
    // At each step: capacity under the policy and failures, every meter's amount written to
    // `meters` (which, without `keep`, adds them to the month's totals) and, when `keep`, added to
    // the month's totals with the step's record and its first-tier cost per category. The body is
    // written here rather than called, so that it is certain to be compiled into the loop.
    while let next = cursor.next() {
      if next.newMonth { meters = meterAmounts(month: cursor.month) }
      let (k, load) = (next.k, next.load)
      var need: CapacityNeed
      if !needs.isEmpty {
        need = needs[k]
      } else if let peak {
        need = peak
      } else {
        need = rounding.need(raw: formulas.rawDemands(load), scale: scale, capacities: capacities, formulas)
      }
      let schedule = spec.scaling.policy == .scheduled ? scheduled(at: inputs.grid.time(k)) : nil
      var moved = controller.advance(to: k, need: need, load: load, schedule: schedule)
      while nextFailure < inputs.failures.count, inputs.failures[nextFailure].step == k {
        let failure = inputs.failures[nextFailure].event
        moved += controller.fail(failure.lose, at: failure.at.seconds, azs: inputs.scenario.topology.azs, load: load)
        nextFailure += 1
      }
      let running = controller.running
      let serving = controller.serving
      if needs.isEmpty, peak != nil, serving < need.needed { need = formulas.need(load, on: instance) }
      account(k, load, needed: need.needed, moved: moved, formulas, into: &meters, inputs)
      guard keep else { continue }
      let cost = Self.add(meters, to: totals, month: cursor.month, prices: prices, runs: runs)
      records.append(
        TrackStep(
          needed: need.needed, target: need.target, running: running, serving: serving, localBytes: formulas.localBytes(load),
          cost: cost))
    }
  }

  /// ``step(_:through:_:records:keep:)`` of a `peak` design without failures and without records:
  /// at every step it runs its peak count and meters (no rebalance); the count statistics are
  /// added at the end.
  @inline(never)  // kept apart, so that the general loop still takes its step inline
  private mutating func stepSteady<Formulas: StepFormulas>(
    _ formulas: borrowing Formulas, through steps: Range<Int>, _ inputs: RunInputs, totals: UnsafeMutableBufferPointer<Double>
  ) {
    func meterAmounts(month: Int) -> MeterAmounts { MeterAmounts(adding: row(month, of: totals)) }
    state.count = controller.running
    state.extraBilled = 0
    var cursor = StepCursor(steps, inputs, localDisk: localDisk, kept: keptLocal)
    let first = cursor.month
    var meters = meterAmounts(month: first)
    while let next = cursor.next() {
      if next.newMonth { meters = meterAmounts(month: cursor.month) }
      formulas.meter(next.load, state: &state, into: &meters)
      meters.appendTwice(0)
    }
    copyTwins(meters.twins, months: first...cursor.month, in: totals)
    counts.add(controller.running, steps: steps, sampleEvery: inputs.sampleEvery)
  }

  /// ``step(_:through:_:records:keep:)`` of a `reactive` design without failures and without
  /// records: at every step its need, the controller's count (all of which serves) and the meters.
  @inline(never)  // kept apart, so that the general loop still takes its step inline
  private mutating func stepReactive<Formulas: StepFormulas>(
    _ formulas: borrowing Formulas, through steps: Range<Int>, _ inputs: RunInputs, totals: UnsafeMutableBufferPointer<Double>
  ) {
    func meterAmounts(month: Int) -> MeterAmounts { MeterAmounts(adding: row(month, of: totals)) }
    var rounding = NeedRounding()
    let (capacities, scale) = (formulas.capacities(on: instance), formulas.demandScale)
    var cursor = StepCursor(steps, inputs, localDisk: localDisk, kept: keptLocal)
    let first = cursor.month
    var meters = meterAmounts(month: first)
    while let next = cursor.next() {
      if next.newMonth { meters = meterAmounts(month: cursor.month) }
      let (k, load) = (next.k, next.load)
      let need = rounding.need(raw: formulas.rawDemands(load), scale: scale, capacities: capacities, formulas)
      let moved = controller.advance(to: k, need: need, load: load, schedule: nil)
      account(k, load, needed: need.needed, moved: moved, formulas, into: &meters, inputs)
    }
    copyTwins(meters.twins, months: first...cursor.month, in: totals)
  }

  /// Meters step `k` (sums `load`) at the controller's running and billed counts with the step's
  /// rebalance bytes (`moved`), and tallies it: the time fewer serve than `needed` (to the second),
  /// and the count statistics.
  @inline(__always)
  private mutating func account<Formulas: StepFormulas>(
    _ k: Int, _ load: StepSums, needed: Int, moved: Double, _ formulas: borrowing Formulas,
    into meters: inout MeterAmounts, _ inputs: RunInputs
  ) {
    let running = controller.running
    state.count = running
    state.extraBilled = controller.extraBilled
    formulas.meter(load, state: &state, into: &meters)
    meters.appendTwice(moved)
    let short = controller.shortSeconds(needed: needed)
    if short > 0 { hoursShort += short / TimeGrid.secondsPerHour }
    counts.add(running, step: k, sampleEvery: inputs.sampleEvery)
  }

  /// Fills each twin line (``MeterAmounts/twins``) of `months` from the line before it: both add
  /// the same amounts in the same order, so the twin's total is its partner's.
  private func copyTwins(_ twins: UInt64, months: ClosedRange<Int>, in totals: UnsafeMutableBufferPointer<Double>) {
    guard twins != 0 else { return }
    for month in months {
      let row = row(month, of: totals)
      for line in 1..<row.count where twins & (1 << UInt64(line)) != 0 { row[line] = row[line - 1] }
    }
  }

  /// Month `month`'s totals, one per line, within `totals` (laid out as ``amounts``).
  private func row(_ month: Int, of totals: UnsafeMutableBufferPointer<Double>) -> UnsafeMutableBufferPointer<Double> {
    UnsafeMutableBufferPointer(rebasing: totals[(month * lines.count)..<((month + 1) * lines.count)])
  }

  /// The run's largest need (the need of its largest unrounded count, as the rounding only grows
  /// with it), with `keepNeeds` the need at every step and with `keepLocal` the local-disk sums
  /// they were found from.
  private func peakPass<Formulas: StepFormulas>(
    _ formulas: borrowing Formulas, _ inputs: RunInputs, keepNeeds: Bool, keepLocal: Bool
  ) -> (peak: CapacityNeed, needs: [CapacityNeed], local: [LocalDiskSums], step: Int) {
    // The lane-wise largest raw demands: a correctly rounded division by a positive number never
    // reverses an order, so their quotients by the scale, then by the capacities, are the largest's.
    let (capacities, scale) = (formulas.capacities(on: instance), formulas.demandScale)
    var most = SIMD4<Double>(repeating: -.infinity)
    // The first step at which each lane reaches its largest demand.
    var mostAt = SIMD4<Int64>(repeating: 0)
    var needs: [CapacityNeed] = []
    if keepNeeds { needs.reserveCapacity(inputs.grid.count) }
    var kept: [LocalDiskSums] = []
    if keepLocal { kept.reserveCapacity(inputs.grid.count) }
    var rounding = NeedRounding()
    var scratch: [LocalDiskSums] = []
    for first in stride(from: 0, to: inputs.grid.count, by: Simulator.blockSteps) {
      let steps = first..<min(inputs.grid.count, first + Simulator.blockSteps)
      // Kept, the sums go straight into the kept array (indexed by step); else into one buffer.
      var local: ArraySlice<LocalDiskSums>?
      if let plan = localDisk {
        if keepLocal {
          plan.append(steps, inputs.load, to: &kept)
          local = kept[steps]
        } else {
          scratch.removeAll(keepingCapacity: true)
          plan.append(steps, inputs.load, to: &scratch)
          local = scratch[...]
        }
      }
      for k in steps {
        let raw = formulas.rawDemands(inputs.load.sums(k, local: local.map { $0[$0.startIndex + k - first] }))
        mostAt.replace(with: SIMD4(repeating: Int64(k)), where: raw .> most)
        most = pointwiseMax(most, raw)
        if keepNeeds { needs.append(rounding.need(brokers: Formulas.brokers(raw / scale, capacities), formulas)) }
      }
    }
    let quotients = most / scale / capacities
    let binding = quotients.indices.max { quotients[$0] < quotients[$1] } ?? 0
    return (formulas.need(brokers: Formulas.brokers(most / scale, capacities)), needs, kept, Int(mostAt[binding]))
  }

  /// Adds a step's amounts (`meters`) to `month`'s `totals` and returns their first-tier cost by category.
  private static func add(
    _ meters: MeterAmounts, to totals: UnsafeMutableBufferPointer<Double>, month: Int, prices: [Double],
    runs: [(rank: Int, lines: Range<Int>)]
  ) -> CategoryCosts {
    var cost = CategoryCosts()
    let base = month * meters.count
    meters.withAmounts { step in
      let month = UnsafeMutableBufferPointer(rebasing: totals[base..<(base + step.count)])
      for l in step.indices { month[l] += step[l] }
      prices.withUnsafeBufferPointer { prices in
        let price = UnsafeBufferPointer(rebasing: prices[base..<(base + step.count)])
        // A category's lines are added in line order, as one running sum per run of lines.
        for run in runs {
          var sum = cost[run.rank]
          for l in run.lines { sum += step[l] * price[l] }
          cost[run.rank] = sum
        }
      }
    }
    return cost
  }

  /// Runs of equal adjacent values in `ranks`: the rank and the indices it covers.
  static func runs(_ ranks: [Int]) -> [(rank: Int, lines: Range<Int>)] {
    var runs: [(rank: Int, lines: Range<Int>)] = []
    for (l, rank) in ranks.enumerated() {
      if let last = runs.last, last.rank == rank {
        runs[runs.count - 1].lines = last.lines.lowerBound..<(l + 1)
      } else {
        runs.append((rank, l..<(l + 1)))
      }
    }
    return runs
  }

  /// One month's amounts, one per line.
  func amounts(month: Int) -> [Double] {
    Array(amounts[(month * lines.count)..<((month + 1) * lines.count)])
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
      case .rate(let role):
        guard let rate = try? book.rate(role), let tier = rate.tiers.first,
          let perUnit = rate.unit.quantity(of: Metered(line.dimension, 1), monthHours: monthHours)
        else { return 0 }
        return perUnit * tier.price.doubleValue
      }
    }
  }
}
