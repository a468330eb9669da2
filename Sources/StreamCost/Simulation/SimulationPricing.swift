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
      for track in tracks {
        // A run without detail (an uncertainty sample) reads the month's totals only.
        let basis = !detailed ? "" : "simulated: \(steps) steps of \(Format.duration(TimeSpan(seconds: grid.step))) in month \(m + 1)"
        results.append(try priced(track, amounts: track.amounts(month: m), monthHours: calendar.billedHours[m], basis: basis))
      }
      months.append(
        SimulationResult.Month(
          index: m, offset: calendar.starts[m], start: grid.start + calendar.starts[m], hours: hours,
          billedHours: calendar.billedHours[m], results: results))
    }
    let simulatedHours = grid.duration / 3_600
    let meanBilled = calendar.billedHours.reduce(0, +) / Double(calendar.count)
    var mean: [ArchitectureResult] = []
    for track in tracks {
      var total = [Double](repeating: 0, count: track.lines.count)
      for m in 0..<calendar.count {
        for (i, amount) in track.amounts(month: m).enumerated() { total[i] += amount }
      }
      let scale = calendar.count == 1 ? 1 : meanBilled / simulatedHours
      // Each line's basis is written out only for a detailed run: a sweep reads the totals.
      let basis = !detailed ? "" : calendar.count == 1
        ? "simulated: \(grid.count) steps of \(Format.duration(TimeSpan(seconds: grid.step)))"
        : "mean month: Σ over \(grid.count) steps of \(Format.duration(TimeSpan(seconds: grid.step))) × \(Format.number(meanBilled)) h ÷ \(Format.number(simulatedHours)) h"
      mean.append(try priced(track, amounts: total.map { $0 * scale }, monthHours: meanBilled, basis: basis))
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

  func priced(_ track: ArchitectureTrack, amounts: [Double], monthHours: Double, basis: String) throws(EngineError) -> ArchitectureResult {
    let usages = zip(track.lines, amounts).map { line, amount in
      Usage(line.category, line.description, price: line.price, amount: Metered(line.dimension, amount), basis: basis)
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
