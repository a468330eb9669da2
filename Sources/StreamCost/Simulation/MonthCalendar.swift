/// Which billed month each step belongs to, and how many hours each month is billed as.
///
/// With the 730-hour convention, month m covers [m × 730 h, (m + 1) × 730 h) from the start.
/// With calendar months, months follow the UTC calendar from the start's month.
struct MonthCalendar {
  /// monthOfStep[k]: the month index of step k (by the step's start).
  let monthOfStep: [Int]
  /// Start offset (seconds from the simulation start) and billed hours of each month.
  let starts: [Double]
  let billedHours: [Double]

  init(grid: TimeGrid, convention: MonthConvention) {
    var monthOfStep: [Int] = []
    var starts: [Double] = []
    var billed: [Double] = []
    monthOfStep.reserveCapacity(grid.count)
    switch convention {
    case .average730:
      let length = ModelConstants.hoursPerBillingMonth * 3_600
      for k in 0..<grid.count {
        let m = Int(grid.time(k) / length)
        while starts.count <= m {
          starts.append(Double(starts.count) * length)
          billed.append(ModelConstants.hoursPerBillingMonth)
        }
        monthOfStep.append(m)
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
        }
        monthOfStep.append(starts.count - 1)
      }
    }
    self.monthOfStep = monthOfStep
    self.starts = starts
    self.billedHours = billed
  }

  var count: Int { starts.count }
}
