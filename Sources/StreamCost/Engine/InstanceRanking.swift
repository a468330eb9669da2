import Foundation

extension CostEngine {
  /// The instance types `deployment` accepts, cheapest month first (by name among equals), for
  /// the `cheapest` choice.
  ///
  /// Each month is priced from the meters alone, line by line and tier by tier as the priced
  /// lines would bill it, but without sizing text or lines for the types not chosen. Totals are
  /// summed in binary floating point, which is within about 1e-12 of the exact sum; wherever
  /// neighbouring totals lie closer than ``exactBand`` the exact `Decimal` totals decide, so the
  /// order is the exact one.
  ///
  /// The lines are read once: the first bills the candidate type itself and the others bill the
  /// same rows whatever the type (the contract of ``Deployment/meterLines(on:)``).
  func ranked(
    _ deployment: any Deployment, workload: Workload, pricer: Pricer, hours: Double, at: String
  ) throws(EngineError) -> [InstanceType] {
    try rankedIndices(deployment, workload: workload, pricer: pricer, hours: hours, at: at).map { instances[$0] }
  }

  /// ``ranked(_:workload:pricer:hours:at:)`` as indices into ``instances``.
  func rankedIndices(
    _ deployment: any Deployment, workload: Workload, pricer: Pricer, hours: Double, at: String
  ) throws(EngineError) -> [Int] {
    let prep = try rankingPrep(deployment, pricer: pricer, at: at)
    let (candidates, lines, prices) = (prep.candidates, prep.lines, prep.prices)
    guard !candidates.isEmpty else { return [] }
    let amounts = candidateAmounts(deployment, workload, candidates, hours: hours, lines: lines.count)
    let totals = candidates.indices.map { c in
      let month = amounts[(c * lines.count)..<((c + 1) * lines.count)]
      var total = ApproximatePrice(hourly: hourly[candidates[c]]).cost(month[month.startIndex])
      for (l, price) in prices.enumerated() { total += price.cost(month[month.startIndex + l + 1]) }
      return total
    }
    let months = CandidateMonths(instances: instances, candidates: candidates, lines: lines, amounts: amounts)
    let order = totals.indices.sorted { (totals[$0], $0) < (totals[$1], $1) }
    var ranked: [Int] = []
    var group: [Int] = []
    for index in order {
      if let last = group.last, totals[index] - totals[last] > Self.exactBand(totals[index]) {
        ranked += try exactOrder(group, months, pricer, at: at).map { candidates[$0] }
        group = []
      }
      group.append(index)
    }
    ranked += try exactOrder(group, months, pricer, at: at).map { candidates[$0] }
    return ranked
  }

  /// What a ranking of `deployment`'s types reads besides the load, the same at every run with
  /// this book and month: the types it accepts, its lines (the first billing the first candidate),
  /// and the floating-point price of every line after the first.
  struct RankingPrep: Sendable {
    let candidates: [Int]
    let lines: [MeterLine]
    let prices: [ApproximatePrice]
  }

  /// The ranking's prep for `deployment`, from the memo when worked out before; throws what
  /// pricing a line without a price would throw.
  func rankingPrep(_ deployment: any Deployment, pricer: Pricer, at: String) throws(EngineError) -> RankingPrep {
    assert(pricer.book.info == book.info, "the memo holds prices of the engine's own book")
    let key = EngineMemo.key(deployment, monthHours: pricer.monthHours)
    if let known = memo.ranking(key) { return known }
    let candidates = instances.indices.filter { deployment.accepts(instances[$0]) }
    guard let first = candidates.first else { return RankingPrep(candidates: [], lines: [], prices: []) }
    let lines = deployment.meterLines(on: instances[first])
    precondition(
      lines.first?.price == .instance(instances[first].name) && lines.first?.dimension == .instanceHours,
      "\(deployment.kind): the first meter line must bill instance-hours of the instance type")
    var prices: [ApproximatePrice] = []
    for line in lines.dropFirst() {
      do throws(PricingError) { prices.append(try ApproximatePrice(line, pricer: pricer)) } catch { throw Self.engineError(error, at: at) }
    }
    let prep = RankingPrep(candidates: candidates, lines: lines, prices: prices)
    memo.remember(prep, for: key)
    return prep
  }

  /// Every candidate's amounts at the count it requires (amounts[candidate × lines + line]), from
  /// the model's formulas and the load's sums worked out once (``Deployment/meterCandidates(_:_:_:hours:lines:into:)``).
  func candidateAmounts(_ deployment: any Deployment, _ workload: Workload, _ candidates: [Int], hours: Double, lines: Int) -> [Double] {
    [Double](unsafeUninitializedCapacity: candidates.count * lines) { amounts, count in
      deployment.meterCandidates(workload, instances, candidates, hours: hours, lines: lines, into: amounts)
      count = candidates.count * lines
    }
  }

  /// Totals closer than this are compared exactly: a million times the floating-point error.
  static func exactBand(_ total: Double) -> Double { 1e-6 * max(1, abs(total)) }

  /// The candidates of a ranking with every line's amount (amounts[candidate × lines + line]).
  struct CandidateMonths {
    /// The book's instance types; candidate `c` is `instances[candidates[c]]`.
    var instances: [InstanceType]
    var candidates: [Int]
    var lines: [MeterLine]
    var amounts: [Double]

    func amount(_ candidate: Int, _ line: Int) -> Double { amounts[candidate * lines.count + line] }

    func price(_ candidate: Int) -> Decimal { instances[candidates[candidate]].pricePerHour }

    /// Line `line` as candidate `candidate` bills it.
    func line(_ candidate: Int, _ line: Int) -> MeterLine {
      guard line == 0 else { return lines[line] }
      var own = lines[0]
      own.price = .instance(instances[candidates[candidate]].name)
      return own
    }

    /// Whether every candidate of `group` pays the same for line `line`: the same amount at the same price.
    func alike(_ group: [Int], line: Int) -> Bool {
      let price = price(group[0])
      return group.allSatisfy { amount($0, line) == amount(group[0], line) && (line > 0 || self.price($0) == price) }
    }
  }

  /// `group` (candidate indices) by exact total, then index; a single candidate as it is. Lines that
  /// cost every member the same are left out of the totals: they cannot change the order.
  func exactOrder(_ group: [Int], _ months: CandidateMonths, _ pricer: Pricer, at: String) throws(EngineError) -> [Int] {
    guard group.count > 1 else { return group }
    let differing = months.lines.indices.filter { !months.alike(group, line: $0) }
    var exact: [(index: Int, total: Decimal)] = []
    for index in group {
      var total = Decimal(0)
      for line in differing { total += try cost(months.line(index, line), months.amount(index, line), pricer, at: at) }
      exact.append((index, total))
    }
    return exact.sorted { ($0.total, $0.index) < ($1.total, $1.index) }.map(\.index)
  }

  /// One meter line's cost, exactly as ``Pricer`` bills it.
  func cost(_ line: MeterLine, _ amount: Double, _ pricer: Pricer, at: String) throws(EngineError) -> Decimal {
    do { return try pricer.cost(of: Metered(line.dimension, amount), at: line.price) } catch { throw Self.engineError(error, at: at) }
  }

  /// One meter line's cost in floating point.
  func approximateCost(_ line: MeterLine, _ amount: Double, _ pricer: Pricer, at: String) throws(EngineError) -> Double {
    do {
      return try pricer.approximateCost(of: Metered(line.dimension, amount), at: line.price)
    } catch {
      throw Self.engineError(error, at: at)
    }
  }
}
