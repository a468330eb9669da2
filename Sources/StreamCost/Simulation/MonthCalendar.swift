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
        let date = CivilDate(unixSeconds: grid.instant(k))
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

/// A UTC calendar date from Unix seconds (days-from-civil inverse, proleptic Gregorian).
struct CivilDate {
  let year: Int
  let month: Int
  let day: Int

  init(unixSeconds: Double) {
    let days = Int((unixSeconds / 86_400).rounded(.down))
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }
}
