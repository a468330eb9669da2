import Foundation

extension Simulator {
  /// Prices every month and the mean month, and gathers events and totals.
  func result(_ inputs: RunInputs, tracks: [ArchitectureTrack]) throws(EngineError) -> SimulationResult {
    let scenario = inputs.scenario
    let grid = inputs.grid
    let calendar = inputs.calendar
    var months: [SimulationResult.Month] = []
    for m in 0..<(detailed || pricesMonths ? calendar.count : 0) {
      let steps = calendar.steps(inMonth: m).count
      let hours = Double(steps) * grid.step / 3_600
      var results: [ArchitectureResult] = []
      // A run without detail (an uncertainty sample) reads the months' totals only: no explanations.
      let load = detailed ? inputs.meanLoad(calendar.steps(inMonth: m)) : (write: 0, readers: 0)
      for track in tracks {
        let amounts = track.amounts(month: m)
        let explained = detailed ? figures(track, amounts, hours, load, inputs) : nil
        results.append(try priced(track, amounts: amounts, monthHours: calendar.billedHours[m], figures: explained))
      }
      months.append(
        SimulationResult.Month(
          index: m, offset: calendar.starts[m], start: grid.start + calendar.starts[m], hours: hours,
          billedHours: calendar.billedHours[m], results: results))
    }
    let simulatedHours = grid.duration / 3_600
    let meanBilled = calendar.billedHours.reduce(0, +) / Double(calendar.count)
    let meanLoad = detailed ? inputs.meanLoad(0..<grid.count) : (write: 0, readers: 0)
    var mean: [ArchitectureResult] = []
    for track in tracks {
      var total = [Double](repeating: 0, count: track.lines.count)
      for m in 0..<calendar.count {
        for (i, amount) in track.amounts(month: m).enumerated() { total[i] += amount }
      }
      let scale = calendar.count == 1 ? 1 : meanBilled / simulatedHours
      let amounts = total.map { $0 * scale }
      // Each line's basis is written out only for a detailed run: a sweep reads the totals.
      let explained = detailed ? figures(track, amounts, calendar.count == 1 ? simulatedHours : meanBilled, meanLoad, inputs) : nil
      mean.append(try priced(track, amounts: amounts, monthHours: meanBilled, figures: explained))
    }
    let step = detailed ? Format.duration(TimeSpan(seconds: grid.step)) : ""
    let basis = !detailed ? "" : calendar.count == 1
      ? "simulated: \(grid.count) steps of \(step)"
      : "mean month of \(calendar.count) simulated months (\(grid.count) steps of \(step)); monthly.csv has each month"
    let comparison = Comparison(
      scenario: scenario.name, description: scenario.description, book: book.info, month: scenario.month, results: mean,
      assumptions: detailed ? ScenarioAssumptions.list(for: scenario) + TimeAssumptions.list(for: scenario) : [], basis: basis)
    return SimulationResult(
      grid: grid, months: months,
      events: detailed ? tracks.flatMap(\.controller.events).sorted { ($0.offset, $0.architecture) < ($1.offset, $1.architecture) } : [],
      totals: tracks.map { totals($0, grid: grid) }, comparison: comparison)
  }

  /// What explains `track`'s lines for a period of `hours` whose amounts are `amounts` and mean load `load`.
  func figures(
    _ track: ArchitectureTrack, _ amounts: [Double], _ hours: Double, _ load: (write: Double, readers: Double), _ inputs: RunInputs
  ) -> LineFigures {
    LineFigures(
      amount: 0, hours: hours, count: hours > 0 ? (amounts.first ?? 0) / hours : 0, write: load.write, readers: load.readers,
      sizingNote: track.sizing.note(survive: inputs.scenario.topology.survive))
  }

  /// Prices `amounts` on `track`'s lines, each explained with `figures` (no explanation without).
  func priced(_ track: ArchitectureTrack, amounts: [Double], monthHours: Double, figures: LineFigures?) throws(EngineError) -> ArchitectureResult {
    let usages: [Usage]
    if let figures {
      usages = MeterLine.usages(track.lines, amounts, figures)
    } else {
      usages = zip(track.lines, amounts).map { line, amount in
        Usage(line.category, line.description, price: line.price, amount: Metered(line.dimension, amount), basis: "")
      }
    }
    do {
      let lines = try Pricer(book: book, monthHours: monthHours).price(usages)
      return ArchitectureResult(name: track.spec.name, kind: track.spec.kind, sizing: track.sizing, lines: lines, assumptions: track.assumptions)
    } catch {
      throw .pricing(error)
    }
  }

  func totals(_ track: ArchitectureTrack, grid: TimeGrid) -> SimulationResult.Totals {
    let tally = track.controller.tally
    return SimulationResult.Totals(
      name: track.spec.name, peakCount: track.counts.peak, minimumCount: track.counts.minimum,
      meanCount: track.counts.sum / Double(grid.count), hoursShort: track.hoursShort, events: tally.events,
      bytesMoved: tally.bytesMoved, longestLeadTime: tally.longestLead ?? 0, countSamples: track.counts.samples)
  }
}

extension RunInputs {
  /// Mean W and mean F·W + Rc (bytes/s) over `steps`: the load a period's explanations quote.
  func meanLoad(_ steps: Range<Int>) -> (write: Double, readers: Double) {
    guard !steps.isEmpty else { return (0, 0) }
    var (write, readers) = (0.0, 0.0)
    for k in steps {
      write += load.write[k]
      readers += load.tailRead[k] + load.catchUpRead[k]
    }
    let n = Double(steps.count)
    return (write / n, readers / n)
  }
}
