/// Which billed month each step belongs to, and how many hours each month is billed as.
///
/// With the 730-hour convention, month m covers [m × 730 h, (m + 1) × 730 h) from the start.
/// With calendar months, months follow the UTC calendar from the start's month.
struct MonthCalendar {
  /// firstSteps[m]: the first step of month m (by the step's start); month m runs to the next one's.
  let firstSteps: [Int]
  /// Start offset (seconds from the simulation start) and billed hours of each month.
  let starts: [Double]
  let billedHours: [Double]
  /// Steps in the grid.
  let stepCount: Int

  init(grid: TimeGrid, convention: MonthConvention) {
    var firstSteps: [Int] = []
    var starts: [Double] = []
    var billed: [Double] = []
    switch convention {
    case .average730:
      // Month m starts at the first step whose start falls in month m or later (a step longer
      // than a month starts several at once); the month index only grows with the step.
      let length = ModelConstants.hoursPerBillingMonth * 3_600
      let month = { (k: Int) in Int(grid.time(k) / length) }
      let months = grid.count == 0 ? 0 : month(grid.count - 1) + 1
      for m in 0..<months {
        starts.append(Double(m) * length)
        billed.append(ModelConstants.hoursPerBillingMonth)
        firstSteps.append(Self.firstStep(from: firstSteps.last ?? 0, below: grid.count) { month($0) >= m })
      }
    case .calendar:
      var lastKey: Int?
      for k in 0..<grid.count {
        let date = CivilDate.date(of: grid.instant(k))
        let key = date.year * 12 + date.month
        if key != lastKey {
          lastKey = key
          starts.append(grid.time(k))
          billed.append(Double(ISODate.daysIn(year: date.year, month: date.month)) * 24)
          firstSteps.append(k)
        }
      }
    }
    self.firstSteps = firstSteps
    self.starts = starts
    self.billedHours = billed
    stepCount = grid.count
  }

  var count: Int { starts.count }

  /// The first step in `from..<end` where `reached` holds (`end` if none), for a `reached` that
  /// once true stays true: a binary search.
  static func firstStep(from: Int, below end: Int, where reached: (Int) -> Bool) -> Int {
    var (low, high) = (from, end)
    while low < high {
      let mid = low + (high - low) / 2
      if reached(mid) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// The steps of month `m`.
  func steps(inMonth m: Int) -> Range<Int> {
    firstSteps[m]..<(m + 1 < firstSteps.count ? firstSteps[m + 1] : stepCount)
  }

  /// The month step `k` falls in.
  func month(ofStep k: Int) -> Int {
    var low = 0
    var high = firstSteps.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if firstSteps[mid] <= k { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
