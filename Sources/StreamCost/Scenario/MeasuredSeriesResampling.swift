extension MeasuredSeries {
  /// The rate of each step of `grid`, bytes/s: the mean over the step of the series read as a curve.
  ///
  /// The curve, and so the rule for gaps and for times outside the measurement:
  ///
  /// - Between two points the rate is interpolated linearly, however far apart they are: a gap
  ///   in the export is bridged by a straight line, not read as zero.
  /// - Outside the points the series repeats cyclically with period
  ///   `P = last − first + median spacing`: after the last point the curve runs linearly back to the
  ///   first point's value over one (median) spacing, and the trace starts again. A one-week export
  ///   therefore covers a month, and an export of whole weeks keeps its weekdays. The curve is
  ///   extended backwards the same way, so a series may start after the simulation.
  /// - The rate of a step is the exact integral of that curve over the step divided by its length,
  ///   so a step shorter than the spacing reads the interpolated value, and a longer one the average.
  ///
  /// A single point gives a constant rate. Times are absolute (s since the epoch), like the grid's.
  public func resampled(on grid: TimeGrid) -> [Double] {
    precondition(times.count == bytesPerSecond.count, "\(source): \(times.count) times but \(bytesPerSecond.count) rates")
    guard let curve = CyclicCurve(times: times, values: bytesPerSecond) else {
      return [Double](repeating: bytesPerSecond.first ?? 0, count: grid.count)
    }
    let ends = (0...grid.count).map { curve.position(grid.instant($0)) }
    return (0..<grid.count).map { i in
      let integral = (ends[i + 1].cycle - ends[i].cycle) * curve.cycleIntegral + ends[i + 1].within - ends[i].within
      return integral / grid.step
    }
  }

  /// The median gap between consecutive points, s (0 with fewer than two points).
  public var medianSpacing: Double {
    let gaps = zip(times.dropFirst(), times).map { $0 - $1 }.sorted()
    guard !gaps.isEmpty else { return 0 }
    let middle = gaps.count / 2
    return gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
  }

  /// The period the series repeats with outside its points, s: last − first + median spacing.
  public var period: Double {
    guard let first = times.first, let last = times.last else { return 0 }
    return last - first + medianSpacing
  }
}

/// A series closed into one cycle (its first point repeated one period later) and integrated.
struct CyclicCurve {
  let origin: Double
  let period: Double
  /// Offsets of the points from `origin`, then `period`.
  let knots: [Double]
  /// Rates at the knots; the last repeats the first.
  let values: [Double]
  /// Integral of the rate from `origin` to each knot, bytes.
  let cumulative: [Double]

  /// Nil when the points do not span a period longer than 0 (one point, or all at one time).
  init?(times: [Double], values: [Double]) {
    let series = MeasuredSeries(source: "", times: times, bytesPerSecond: values)
    guard let first = times.first, let firstValue = values.first, series.period > 0 else { return nil }
    origin = first
    period = series.period
    knots = times.map { $0 - first } + [period]
    self.values = values + [firstValue]
    var running = 0.0
    var cumulative = [0.0]
    for j in 1..<knots.count {
      running += (knots[j] - knots[j - 1]) * (self.values[j] + self.values[j - 1]) / 2
      cumulative.append(running)
    }
    self.cumulative = cumulative
  }

  /// Bytes over one whole cycle.
  var cycleIntegral: Double { cumulative[cumulative.count - 1] }

  /// Where `instant` falls: whole cycles since `origin`, and the integral from the cycle's start to it.
  func position(_ instant: Double) -> (cycle: Double, within: Double) {
    let cycle = ((instant - origin) / period).rounded(.down)
    let offset = Swift.min(Swift.max(instant - origin - cycle * period, 0), period)
    return (cycle, integral(to: offset))
  }

  /// The integral from the cycle's start to `offset` (0 … period), bytes.
  func integral(to offset: Double) -> Double {
    var low = 0
    var high = knots.count - 1
    while high - low > 1 {
      let mid = (low + high) / 2
      if knots[mid] <= offset { low = mid } else { high = mid }
    }
    let width = knots[high] - knots[low]
    let into = offset - knots[low]
    guard width > 0 else { return cumulative[low] }
    let value = values[low] + (values[high] - values[low]) * into / width
    return cumulative[low] + into * (values[low] + value) / 2
  }
}
