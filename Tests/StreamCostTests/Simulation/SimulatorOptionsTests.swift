import Testing

@testable import StreamCost

/// The simulator's options change how it runs, not what it finds: stepping the architectures
/// side by side on several cores, and skipping the month-by-month pricing.
struct SimulatorOptionsTests {
  /// Keeps every record, in the order the sink receives them.
  struct Records: TimelineSink {
    var all: [StepRecord] = []
    mutating func accept(_ record: StepRecord) { all.append(record) }
  }

  /// All four architectures, cheapest instance types, a busy hour and a spike, one reactive
  /// policy and a broker failure, over three days of one-minute steps: 4,320 steps, more than
  /// one block of records (``Simulator/blockSteps``), so records cross a block boundary.
  static let scenario = SimulatorTests.scenario(
    Workloads.a(),
    architectures: [
      ArchitectureSpec(config: .kafka(BrokerLocalConfig())),
      ArchitectureSpec(config: .kafkaTiered(BrokerLocalConfig(), TieringConfig())),
      ArchitectureSpec(config: .sharedStorage(SharedStorageConfig()), scaling: ScalingConfig(policy: .reactive)),
      ArchitectureSpec(config: .diskless(DisklessConfig())),
    ],
    horizon: .days(3), step: .minutes(1),
    profile: LoadProfile([
      .diurnal(.peak(hour: 20, multiplier: 2)),
      .spikes([Spike(start: .hours(40), duration: .hours(2), multiplier: 3, ramp: .minutes(10))]),
    ]),
    events: [FailureEvent(at: .hours(50), lose: .broker)])

  static func run(parallel: Bool, keptLocalSteps: Int? = nil) throws -> (SimulationResult, [StepRecord]) {
    var records = Records()
    var simulator = Simulator(book: TestBook.book, parallel: parallel)
    if let keptLocalSteps { simulator.keptLocalSteps = keptLocalSteps }
    let result = try simulator.run(scenario, timeline: &records)
    return (result, records.all)
  }

  /// The two broker-local designs run the `peak` policy here, so their pass over the run that
  /// finds the peak works out every step's local-disk sums: kept for stepping (4,320 steps is a
  /// short run), or worked out again block by block, the run is the same, record for record.
  @Test func keptAndRecomputedLocalSumsAgreeExactly() throws {
    #expect(Self.scenario.time.stepCount <= Simulator(book: TestBook.book).keptLocalSteps)
    let (kept, keptRecords) = try Self.run(parallel: false)
    let (recomputed, recomputedRecords) = try Self.run(parallel: false, keptLocalSteps: 0)
    #expect(kept == recomputed)
    #expect(keptRecords == recomputedRecords)
    #expect(keptRecords.contains { $0.architecture == 0 && $0.localBytes > 0 })
  }

  @Test func parallelAndSerialRunsAgreeExactly() throws {
    #expect(Self.scenario.time.stepCount > Simulator.blockSteps)
    let (serial, serialRecords) = try Self.run(parallel: false)
    let (parallel, parallelRecords) = try Self.run(parallel: true)
    #expect(parallel == serial)
    #expect(parallelRecords == serialRecords)
    #expect(serial.events.contains { $0.reason == .scaleOut })
    #expect(serial.events.contains { $0.reason == .brokerFailure })
  }

  /// The sink sees step 0 for every architecture in scenario order, then step 1, and so on.
  @Test func recordsArriveStepByStepInArchitectureOrder() throws {
    let (_, records) = try Self.run(parallel: true)
    #expect(records.count == Self.scenario.time.stepCount * 4)
    for (i, record) in records.enumerated() {
      #expect(record.step == i / 4 && record.architecture == i % 4)
      if record.step != i / 4 || record.architecture != i % 4 { break }
    }
  }

  /// A run that keeps no records holds only the `peak` policy's largest need and works a step's
  /// own need out only when fewer brokers serve than that need (here after losing an AZ at noon,
  /// as the load climbs again, with a 1-day retention: the outage outlasts the steps where the
  /// survivors are enough); a run that keeps records holds every step's
  /// need. Both find the same shortfall.
  @Test func peakRunsFindTheSameShortfallWithOrWithoutRecords() throws {
    var workload = Workloads.a()
    for f in workload.feeds.indices { workload.feeds[f].retention = .days(1) }
    let scenario = SimulatorTests.scenario(
      workload, architectures: [ArchitectureSpec(config: .kafka(BrokerLocalConfig()))], horizon: .days(2),
      step: .minutes(5), profile: LoadProfile([.diurnal(.peak(hour: 20, multiplier: 2))]),
      events: [FailureEvent(at: .hours(12), lose: .az(0))])
    var records = Records()
    let kept = try Simulator(book: TestBook.book).run(scenario, timeline: &records)
    var none = DiscardingSink()
    let discarded = try Simulator(book: TestBook.book).run(scenario, timeline: &none)
    #expect(kept.totals[0].hoursShort > 0)
    #expect(discarded.totals == kept.totals)
    #expect(discarded.events == kept.events)
    // The records' own shortfall: steps where, at some moment, fewer served than needed (a
    // record's `serving` is the fewest during its step). The AZ is lost on a step's boundary and
    // recovers inside a step (continuous time, docs/model.md §5), so the hours short are the
    // whole steps before that one plus part of it: more than (steps − 1) × 5 min, at most steps × 5 min.
    let short = records.all.filter { $0.serving < $0.needed }.count
    let hours = kept.totals[0].hoursShort
    #expect(short > 0 && hours > Double(short - 1) * 5 / 60 && hours <= Double(short) * 5 / 60 + 1e-9)
    // Some outage steps serve fewer than the peak needs but enough for their own load: there the
    // step's own need, not the peak's, decides, so the run without records must work it out.
    let peakNeeded = records.all.map(\.needed).max() ?? 0
    #expect(records.all.contains { $0.serving < peakNeeded && $0.serving >= $0.needed })
  }

  /// Reactive designs without failures step through a loop of their own when the run keeps no
  /// records: the same run as the general loop's, which keeps them, figure by figure and event by
  /// event (broker-local Kafka, which reads the local-disk sums, shared storage and diskless
  /// agents following a daily wave and a spike, 3 days of 5-minute steps, with and without detail).
  @Test(arguments: [true, false]) func reactiveRunsAreTheSameWithOrWithoutRecords(detailed: Bool) throws {
    let reactive = ScalingConfig(policy: .reactive)
    let scenario = SimulatorTests.scenario(
      Workloads.a(),
      architectures: [
        ArchitectureSpec(config: .kafka(BrokerLocalConfig()), scaling: reactive),
        ArchitectureSpec(config: .sharedStorage(SharedStorageConfig()), scaling: reactive),
        ArchitectureSpec(config: .diskless(DisklessConfig()), scaling: reactive),
      ],
      horizon: .days(3), step: .minutes(5),
      profile: LoadProfile([
        .diurnal(.peak(hour: 20, multiplier: 2)),
        .spikes([Spike(start: .hours(40), duration: .hours(2), multiplier: 3, ramp: .minutes(10))]),
      ]))
    var records = Records()
    let kept = try Simulator(book: TestBook.book, detailed: detailed).run(scenario, timeline: &records)
    var none = DiscardingSink()
    let discarded = try Simulator(book: TestBook.book, detailed: detailed).run(scenario, timeline: &none)
    #expect(records.all.count == 864 * 3)
    #expect(kept.totals.allSatisfy { $0.events > 0 } && kept.totals.contains { $0.hoursShort > 0 })
    #expect(discarded == kept)
  }

  /// Without detail the months, assumptions, events and explanations (sizing details, the lines'
  /// and the month's bases) are absent and everything else is the same: the mean month of a
  /// three-day run is the full run's, line by line and figure by figure, and each architecture's
  /// totals still count its events.
  @Test func skippingDetailKeepsTheMeanMonth() throws {
    var sink = DiscardingSink()
    let full = try Simulator(book: TestBook.book).run(Self.scenario, timeline: &sink)
    let mean = try Simulator(book: TestBook.book, detailed: false).run(Self.scenario, timeline: &sink)
    #expect(full.months.count == 1)
    #expect(mean.months.isEmpty)
    #expect(mean.comparison.assumptions.isEmpty && mean.comparison.results.allSatisfy(\.assumptions.isEmpty))
    #expect(!full.comparison.assumptions.isEmpty && full.comparison.results.allSatisfy { !$0.assumptions.isEmpty })
    let details = { (c: Comparison) in c.results.flatMap { $0.sizing.requirements.map(\.detail) } }
    #expect(details(mean.comparison).allSatisfy(\.isEmpty) && details(full.comparison).allSatisfy { !$0.isEmpty })
    #expect(mean.comparison.basis.isEmpty && !full.comparison.basis.isEmpty)
    #expect(full.comparison.results.allSatisfy { $0.lines.allSatisfy { !$0.assumption.isEmpty } })
    func stripped(_ comparison: Comparison) -> Comparison {
      var stripped = comparison
      (stripped.assumptions, stripped.basis) = ([], "")
      for i in stripped.results.indices {
        stripped.results[i].assumptions = []
        for j in stripped.results[i].lines.indices { stripped.results[i].lines[j].assumption = "" }
        for j in stripped.results[i].sizing.requirements.indices { stripped.results[i].sizing.requirements[j].detail = "" }
      }
      return stripped
    }
    #expect(mean.comparison == stripped(full.comparison))
    #expect(stripped(mean.comparison) == stripped(full.comparison))
    // The broker failure and the reactive design's resizes are events of the full run.
    #expect(full.events.count > 1 && mean.events.isEmpty)
    #expect(mean.totals == full.totals)
    #expect(mean.totals.map(\.events).reduce(0, +) == full.events.count)
    // Each architecture's tally holds its events' own figures (the list is sorted by time, so
    // bytes may add in another order).
    for (i, totals) in full.totals.enumerated() {
      let own = full.events.filter { $0.architecture == i }
      #expect(totals.events == own.count)
      #expect(abs(totals.bytesMoved - own.reduce(0) { $0 + $1.bytesMoved }) <= 1e-12 * max(1, totals.bytesMoved))
      #expect(totals.longestLeadTime == (own.filter { $0.reason != .scaleIn }.map(\.duration).max() ?? 0))
    }
  }
}
