import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A small valid scenario, with `extra` appended from line 9 on, and `feedExtra` inside the feed
/// from line 9 on (before `extra`).
///
/// Lines: 1 version, 2 name, 3 pricing, 4 feeds, 5 `- name`, 6 write, 7 retention, 8 partitions.
private func scenario(write: String? = "10 MB/s", feedExtra: String = "", extra: String = "") -> String {
  let writeLine = write.map { "    write: \($0)\n" } ?? "    # no write\n"
  return """
    version: 1
    name: t
    pricing: aws/us-east-1
    feeds:
      - name: events

    """ + writeLine + """
        retention: 1d
        partitions: 6

    """ + feedExtra + extra
}

private let file = "bad.yaml"
private let t0 = 1_767_225_600.0  // 2026-01-01T00:00:00Z, ModelDefaults.simulationStart

private func parse(_ text: String, file: String = file) throws(InputErrors) -> Scenario {
  try ScenarioLoader.parse(text, file: file)
}

/// The time-simulation keys of a scenario (issue 3): start, horizon, step, profiles, measured
/// series, replays, events and scaling. Expected lines are counted in each test's YAML; expected
/// values are the model types' defaults or the hand conversions written beside them.
struct ScenarioTimeKeysTests {
  // MARK: Defaults

  @Test func aScenarioWithoutTimeKeysTakesTheModelDefaults() throws {
    let s = try parse(scenario())
    #expect(s.time == TimeSettings.oneMonth(.average730))  // 2026-01-01, 730 h, 1 h steps
    #expect(s.profile == .flat)
    #expect(s.events.isEmpty)
    #expect(s.feeds[0].profile == .flat)
    #expect(s.feeds[0].replay == nil)
    #expect(s.architectures.map(\.scaling) == ArchitectureKind.allCases.map(ScalingConfig.defaults(for:)))
  }

  // MARK: start, horizon, step

  @Test func startHorizonAndStepAreRead() throws {
    let s = try parse(scenario(extra: "start: 2026-03-01T06:00:00Z\nhorizon: 14d\nstep: 15m\n"))
    // 2026-03-01 is 59 days after 2026-01-01; 14 d = 1 209 600 s; 15 min = 900 s.
    #expect(s.time.start == t0 + 59 * 86_400 + 6 * 3_600)
    #expect(s.time.horizon == .days(14))
    #expect(s.time.step == .minutes(15))
    #expect(s.month == .average730)
  }

  @Test func aDateStartIsMidnightAndTheHorizonDefaultsToOneBilledMonth() throws {
    let s = try parse(scenario(extra: "start: 2026-02-01\n"))
    #expect(s.time == TimeSettings(start: t0 + 31 * 86_400, horizon: .hours(730)))
  }

  @Test func aCalendarMonthBillsTheMonthContainingStart() throws {
    let mid = try parse(scenario(extra: "month: calendar\nstart: 2026-11-15T12:00:00Z\n"))
    #expect(mid.month == .calendar(label: "2026-11", days: 30))
    #expect(mid.time.horizon == .hours(720))  // one billed month: 30 × 24 h
    // 01:00 at UTC+2 on 1 March is 23:00 UTC on 28 February: February is billed (28 × 24 = 672 h).
    let offset = try parse(scenario(extra: "month: calendar\nstart: 2026-03-01T01:00:00+02:00\n"))
    #expect(offset.month == .calendar(label: "2026-02", days: 28))
    #expect(offset.time.start == t0 + 58 * 86_400 + 23 * 3_600)
  }

  @Test func aStepLongerThanTheHorizonIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "horizon: 1h\nstep: 2h\n")) }
    // Line 10 holds `step:`; the rule is TimeValidation's.
    #expect(e.description == "bad.yaml:10: step: step 2h is longer than the horizon 1h")
  }

  @Test func aHorizonThatIsNotWholeStepsIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "horizon: 90m\nstep: 1h\n")) }
    #expect(e.description == "bad.yaml:9: horizon: 90m is not a whole number of 1h steps")
  }

  @Test func aStepOutsideOneMinuteToOneDayIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "step: 30s\n")) }
    #expect(e.description == "bad.yaml:9: step: 30s is outside 1m to 1d (accepted: a step from 1m to 1d, e.g. '1h')")
  }

  @Test func aZeroStepIsRejectedBeforeAnythingDividesByIt() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "step: 0s\n")) }
    #expect(e.description == "bad.yaml:9: step: must be longer than 0 (accepted: a step from 1m to 1d, e.g. '1h')")
  }

  @Test func aHorizonBeyondThreeYearsIsRejectedEvenWithASeries() throws {
    // The default write of a series feed is not computed on a grid the simulator would refuse;
    // 100y is 100 × 12 × 730 h = 36 500 d (Format.duration).
    let path = try TestSupport.fixtures.appendingPathComponent("Series/gap.csv").path
    let text = scenario(write: nil, feedExtra: "    profile:\n      - series: {file: \(path)}\n", extra: "horizon: 100y\nstep: 1m\n")
    let e = try singleInputError { () throws(InputErrors) in try parse(text) }
    #expect(e.description == "bad.yaml:11: horizon: 36500d is outside the simulated range (accepted: from one step up to 3y)")
  }

  @Test func aHorizonWithoutAUnitIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "horizon: 30\n")) }
    #expect(e.line == 9)
    #expect(e.field == "horizon")
    #expect(e.message == "cannot read '30' as a duration: the unit is missing")
  }

  @Test func aStartWithoutAZoneIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "start: 2026-01-01T06:00:00\n")) }
    #expect(e.line == 9)
    #expect(e.field == "start")
    #expect(e.message == "'2026-01-01T06:00:00' is not a date or a date-time")
    #expect(e.accepted == ISOTimestamp.accepted)
  }

  // MARK: Profiles

  @Test func everyProfileComponentIsRead() throws {
    let hourly = (0..<24).map { String($0 + 1) }.joined(separator: ", ")
    let extra = """
      profile:
        - diurnal: {peak_hour: 20, peak_multiplier: 3}
        - diurnal: {hourly: [\(hourly)]}
        - weekly: [1, 1, 1, 1, 1, 0.5, 0.5]
        - spikes:
            - {start: 10d, duration: 2h, multiplier: 5, ramp: 10m}
            - {start: 2026-01-20T18:00:00Z, duration: 1h, multiplier: 0.5}
        - growth: 5%/month
        - flat

      """
    let s = try parse(scenario(extra: extra))
    #expect(
      s.profile.components == [
        .diurnal(.peak(hour: 20, multiplier: 3)),
        .diurnal(.hourly((1...24).map(Double.init))),
        .weekly([1, 1, 1, 1, 1, 0.5, 0.5]),
        .spikes([
          Spike(start: .days(10), duration: .hours(2), multiplier: 5, ramp: .minutes(10)),
          // 2026-01-20T18:00Z is 19 d 18 h after the start; the ramp defaults to 0 (Spike's default).
          Spike(start: .hours(19 * 24 + 18), duration: .hours(1), multiplier: 0.5),
        ]),
        .growth(perMonth: 0.05),
      ])
  }

  @Test func aFeedProfileIsRead() throws {
    let s = try parse(scenario(feedExtra: "    profile:\n      - growth: 2%/month\n      - flat\n"))
    #expect(s.feeds[0].profile == LoadProfile([.growth(perMonth: 0.02)]))
    #expect(s.profile == .flat)
  }

  @Test func anUnknownComponentKeySuggestsTheNearest() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - diurnl: {peak_hour: 20, peak_multiplier: 2}\n"))
    }
    #expect(
      e.description
        == "bad.yaml:10: profile[0].diurnl: unknown key 'diurnl': did you mean 'diurnal'? "
        + "(accepted: flat, diurnal, weekly, spikes, growth, series)")
  }

  @Test func anUnknownBareComponentIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "profile:\n  - spiky\n")) }
    #expect(
      e.description == "bad.yaml:10: profile[0]: unknown profile component 'spiky' (accepted: flat, diurnal, weekly, spikes, growth, series)")
  }

  @Test func aComponentWithoutSettingsIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "profile:\n  - weekly\n")) }
    #expect(e.line == 10)
    #expect(e.field == "profile[0]")
    #expect(e.message == "'weekly' needs settings, as `- weekly: …`")
    #expect(e.accepted == ProfileReader.forms)
  }

  @Test func twoComponentsInOneItemAreRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - {weekly: [1, 1, 1, 1, 1, 1, 1], growth: 5%/month}\n"))
    }
    #expect(e.line == 10)
    #expect(e.field == "profile[0]")
    #expect(e.message == "a profile item holds exactly one component, found 2 (weekly, growth)")
  }

  @Test func flatTakesNoSettings() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "profile:\n  - flat: yes\n")) }
    #expect(e.description == "bad.yaml:10: profile[0].flat: flat takes no settings (accepted: the bare list item `- flat`)")
  }

  @Test func aDiurnalWithBothFormsIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - diurnal:\n      hourly: [1, 2]\n      peak_hour: 20\n"))
    }
    #expect(e.description == "bad.yaml:12: profile[0].diurnal.peak_hour: give either hourly or peak_hour with peak_multiplier, not both")
  }

  @Test func aDiurnalWithNeitherFormIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "profile:\n  - diurnal: {}\n")) }
    #expect(e.line == 10)
    #expect(e.field == "profile[0].diurnal")
    #expect(e.message == "needs hourly, or peak_hour and peak_multiplier")
  }

  @Test func aPeakWithoutItsMultiplierIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - diurnal: {peak_hour: 20}\n"))
    }
    #expect(
      e.description
        == "bad.yaml:10: profile[0].diurnal.peak_multiplier: is required but missing (accepted: peak ÷ average, 1 or more, e.g. 3)")
  }

  @Test func hourlyFactorsMustBe24() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - diurnal:\n      hourly: [1, 2, 3]\n"))
    }
    // Line 11 holds `hourly:`; the rule is TimeValidation's.
    #expect(e.description == "bad.yaml:11: profile[0].diurnal.hourly: needs 24 factors, 0 or more, not all 0 (got 3)")
  }

  @Test func aPeakMultiplierBelow1IsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - diurnal:\n      peak_hour: 20\n      peak_multiplier: 0.5\n"))
    }
    #expect(e.description == "bad.yaml:12: profile[0].diurnal.peak_multiplier: must be 1 or more (peak ÷ average)")
  }

  @Test func weeklyFactorsMustBeNumbers() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - weekly: [1, 1, high, 1, 1, 1, 1]\n"))
    }
    #expect(e.description == "bad.yaml:10: profile[0].weekly[2]: 'high' is not a number (accepted: e.g. 0.5)")
  }

  @Test func aSpikeOutsideTheHorizonIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - spikes:\n      - {start: 40d, duration: 1h, multiplier: 2}\n"))
    }
    // Line 11 holds the spike; the default horizon is one 730-hour month.
    #expect(e.description == "bad.yaml:11: profile[0].spikes[0].start: starts at 40d, outside the horizon 730h")
  }

  @Test func aSpikeBeforeTheStartIsRejectedAtItsKey() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - spikes:\n      - start: 2025-12-31T20:00:00Z\n        duration: 1h\n        multiplier: 2\n"))
    }
    #expect(e.line == 11)
    #expect(e.field == "profile[0].spikes[0].start")
    #expect(e.message == "2025-12-31T20:00:00Z is before start (2026-01-01T00:00:00Z)")
    #expect(e.accepted == ScenarioClock.accepted)
  }

  @Test func aSpikeWithoutAMultiplierIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - spikes:\n      - {start: 1d, duration: 1h}\n"))
    }
    #expect(e.line == 11)
    #expect(e.field == "profile[0].spikes[0].multiplier")
    #expect(e.message == "is required but missing")
  }

  @Test func aSpikeStartThatIsNeitherADurationNorATimeIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - spikes: [{start: soon, duration: 1h, multiplier: 2}]\n"))
    }
    #expect(e.field == "profile[0].spikes[0].start")
    #expect(e.message == "cannot read 'soon' as a duration: it does not start with a number")
    #expect(e.accepted == ScenarioClock.accepted)
    let bad = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "profile:\n  - spikes: [{start: 2026-01-32, duration: 1h, multiplier: 2}]\n"))
    }
    #expect(bad.message == "'2026-01-32' is not an ISO 8601 date or date-time")
  }

  @Test func growthNeedsPercentPerMonth() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(extra: "profile:\n  - growth: 5%\n")) }
    #expect(
      e.description
        == "bad.yaml:10: profile[0].growth: cannot read '5%' as a growth rate: expected '<percent>%/month' "
        + "(accepted: a percentage per month such as '5%/month')")
  }

  // MARK: Measured series

  func seriesScenario(_ path: String, write: String? = nil, extra: String = "horizon: 3h\n") -> String {
    scenario(write: write, feedExtra: "    profile:\n      - series: {file: \(path)}\n", extra: extra)
  }

  /// A scenario file placed in Fixtures/Series, so that relative series paths resolve there.
  var seriesScenarioFile: String {
    get throws { try TestSupport.fixtures.appendingPathComponent("Series/scenario.yaml").path }
  }

  @Test func aSeriesIsReadRelativeToTheScenarioAndSetsTheDefaultWrite() throws {
    let s = try ScenarioLoader.parse(seriesScenario("gap.csv"), file: try seriesScenarioFile)
    let expected = try SeriesReader.read(try TestSupport.fixtures.appendingPathComponent("Series/gap.csv").path)
    #expect(s.feeds[0].profile == LoadProfile([.series(expected)]))
    // gap.csv: 0 → 100 → 300 MB/s at 0, 1, 3 h. Over a 3-hour horizon the hourly means are 50, 150
    // and 250 MB/s (MeasuredSeriesResamplingTests), so write defaults to their mean, 150 MB/s
    // (the points' own mean would be 133.33 MB/s).
    #expect(abs(s.feeds[0].write.bytesPerSecond - 150_000_000) < 1e-6)
    #expect(!s.explicitKeys.contains("feeds[0].write"))
  }

  /// The document lists the series files it read, resolved against the scenario's folder, once each.
  @Test func theDocumentListsTheSeriesFilesItRead() throws {
    let document = try ScenarioLoader.parseDocument(seriesScenario("gap.csv"), file: try seriesScenarioFile)
    #expect(document.seriesFiles == [try TestSupport.fixtures.appendingPathComponent("Series/gap.csv").path])
    #expect(try ScenarioLoader.parseDocument(scenario(), file: "plain.yaml").seriesFiles.isEmpty)
  }

  @Test func anExplicitWriteWinsOverTheSeriesMean() throws {
    let s = try ScenarioLoader.parse(seriesScenario("gap.csv", write: "20 MB/s"), file: try seriesScenarioFile)
    #expect(s.feeds[0].write == .mbps(20))
  }

  @Test func anAbsoluteSeriesPathIsUsedAsWritten() throws {
    let path = try TestSupport.fixtures.appendingPathComponent("Series/hourly.csv").path
    let s = try ScenarioLoader.parse(seriesScenario(path), file: "elsewhere/bad.yaml")
    #expect(s.feeds[0].profile.firstSeries?.source == path)
    // hourly.csv: 0, 100, 100 MB/s an hour apart: hourly means 50, 100, 50 over 3 h.
    #expect(abs(s.feeds[0].write.bytesPerSecond - 200_000_000.0 / 3) < 1e-6)
  }

  @Test func aWriteIsStillRequiredWithoutASeries() throws {
    let e = try singleInputError { () throws(InputErrors) in try parse(scenario(write: nil)) }
    #expect(
      e.description
        == "bad.yaml:5: feeds[0].write: is required but missing (accepted: a rate such as '120 MB/s' (optional when the profile has a series))")
  }

  @Test func aSeriesWithNoRowsIsReportedInItsFile() throws {
    let scenarioFile = try seriesScenarioFile
    let errors = inputErrors { () throws(InputErrors) in
      try ScenarioLoader.parse(seriesScenario("no-rows.csv"), file: scenarioFile)
    }
    let csv = try TestSupport.fixtures.appendingPathComponent("Series/no-rows.csv").path
    #expect(errors.map(\.description) == ["\(csv): has a header but no data rows (accepted: a header timestamp,bytes_per_second, then one row per sample)"])
  }

  @Test func nonMonotonicSeriesInTwoFeedsAreReportedTogether() throws {
    let second = """
        - name: clicks
          partitions: 3
          profile:
            - series: {file: duplicate.csv}

      """
    let scenarioFile = try seriesScenarioFile
    let errors = inputErrors { () throws(InputErrors) in
      try ScenarioLoader.parse(seriesScenario("out-of-order.csv", extra: second), file: scenarioFile)
    }
    // One error per file: out-of-order.csv record 4, duplicate.csv record 4 (SeriesReaderTests).
    #expect(errors.map(\.line) == [4, 4])
    #expect(errors.map { ($0.file as NSString).lastPathComponent } == ["out-of-order.csv", "duplicate.csv"])
    #expect(errors.allSatisfy { $0.field == "column timestamp" })
  }

  @Test func aMissingSeriesFileIsUnreadableAtItsKey() throws {
    let scenarioFile = try seriesScenarioFile
    let errors = inputErrors { () throws(InputErrors) in
      try ScenarioLoader.parse(seriesScenario("nowhere.csv"), file: scenarioFile)
    }
    let csv = try TestSupport.fixtures.appendingPathComponent("Series/nowhere.csv").path
    #expect(errors.count == 1)
    #expect(errors.first?.file == scenarioFile)
    #expect(errors.first?.line == 10)  // `- series: {file: …}`
    #expect(errors.first?.field == "feeds[0].profile[0].series.file")
    #expect(errors.first?.message == "series \(csv): no such file")
    #expect(InputErrors(errors).kind == .unreadable)
  }

  // MARK: Replay

  @Test func aReplayIsRead() throws {
    let s = try parse(scenario(feedExtra: "    replay: {every: 7d, history: 1d, rate: 200 MB/s}\n"))
    #expect(s.feeds[0].replay == ReplayJob(every: .days(7), history: .days(1), rate: .mbps(200)))
    let later = try parse(scenario(feedExtra: "    replay: {every: 7d, history: 12h, rate: 1 GB/s, first: 2026-01-03}\n"))
    #expect(later.feeds[0].replay?.first == .days(2))
  }

  @Test func aReplayWithoutARateIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(feedExtra: "    replay: {every: 7d, history: 1d}\n"))
    }
    #expect(
      e.description == "bad.yaml:9: feeds[0].replay.rate: is required but missing (accepted: the rate it reads at, e.g. '200 MB/s')")
  }

  @Test func aReplayReadingMoreThanTheRetentionIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(feedExtra: "    replay:\n      every: 7d\n      history: 2d\n      rate: 1 GB/s\n"))
    }
    // Line 11 holds `history:`; the feed keeps 1d.
    #expect(e.description == "bad.yaml:11: feeds[0].replay.history: must be above 0 and no longer than the feed's retention 1d")
  }

  // MARK: Events

  @Test func eventsAreRead() throws {
    let extra = "events:\n  - {at: 10d, lose: broker}\n  - {at: 2026-01-20T09:00:00Z, lose: az, az: 1}\n"
    let s = try parse(scenario(extra: extra))
    #expect(
      s.events == [
        FailureEvent(at: .days(10), lose: .broker),
        FailureEvent(at: .hours(19 * 24 + 9), lose: .az(1)),  // 19 d 9 h after 2026-01-01
      ])
  }

  @Test func aFailureOfAnAZThatDoesNotExistIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "events:\n  - {at: 1d, lose: az, az: 3}\n"))
    }
    // Three AZs by default (topology.azs), indexed 0 to 2.
    #expect(e.description == "bad.yaml:10: events[0].az: AZ 3 does not exist (accepted: an AZ index from 0 to 2)")
  }

  @Test func anEventAfterTheHorizonIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "horizon: 2d\nevents:\n  - {at: 3d, lose: broker}\n"))
    }
    #expect(e.description == "bad.yaml:11: events[0].at: 3d is outside the horizon 2d")
  }

  @Test func anEventLosingSomethingElseIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "events:\n  - {at: 1d, lose: region}\n"))
    }
    #expect(e.description == "bad.yaml:10: events[0].lose: 'region' is not accepted (accepted: broker, az)")
  }

  @Test func anAZLossNeedsItsIndexAndABrokerLossRefusesOne() throws {
    let missing = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "events:\n  - {at: 1d, lose: az}\n"))
    }
    #expect(missing.field == "events[0].az")
    #expect(missing.message == "is required but missing")
    let extra = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "events:\n  - {at: 1d, lose: broker, az: 1}\n"))
    }
    #expect(extra.description == "bad.yaml:10: events[0].az: is only used with lose: az (accepted: lose: az, or no az key)")
  }

  // MARK: Scaling

  @Test func scalingKeysAreReadOnEveryArchitectureType() throws {
    let extra = """
      architectures:
        - type: kafka
          policy: scheduled
          schedule:
            - {at: 0s, count: 6}
            - {at: 2026-01-10T00:00:00Z, count: 12}
          throttle: 50 MB/s
          instance_start: 5m
        - type: kafka-tiered
        - type: shared-storage
          partition_move: 3s
        - type: diskless
          policy: peak

      """
    let s = try parse(scenario(extra: extra))
    #expect(
      s.architectures[0].scaling
        == ScalingConfig(
          policy: .scheduled, schedule: [ScheduledResize(at: .days(0), count: 6), ScheduledResize(at: .days(9), count: 12)],
          throttle: .mbps(50), instanceStart: .minutes(5)))
    #expect(s.architectures[1].scaling == .defaults(for: .kafkaTiered))  // peak
    #expect(s.architectures[2].scaling == ScalingConfig(policy: .reactive, partitionMove: TimeSpan(seconds: 3)))
    #expect(s.architectures[3].scaling == ScalingConfig(policy: .peak))
  }

  @Test func anUnknownPolicyIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "architectures:\n  - type: shared-storage\n    policy: elastic\n"))
    }
    #expect(e.description == "bad.yaml:11: architectures[0].policy: 'elastic' is not accepted (accepted: peak, reactive, scheduled)")
  }

  @Test func scheduledWithoutAScheduleIsRejectedAtTheEntry() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "architectures:\n  - type: kafka\n    policy: scheduled\n"))
    }
    // No `schedule:` line exists: the issue is placed at the entry (line 10, `- type: kafka`).
    #expect(e.description == "bad.yaml:10: architectures[0].schedule: policy: scheduled needs at least one {at, count} entry")
  }

  @Test func aScheduleWithAnotherPolicyIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "architectures:\n  - type: kafka\n    schedule: [{at: 1d, count: 3}]\n"))
    }
    #expect(e.description == "bad.yaml:11: architectures[0].schedule: is only used with policy: scheduled (policy is peak)")
  }

  @Test func aScheduleEntryNeedsACount() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "architectures:\n  - type: kafka\n    policy: scheduled\n    schedule:\n      - at: 1d\n"))
    }
    #expect(e.line == 13)
    #expect(e.field == "architectures[0].schedule[0].count")
    #expect(e.message == "is required but missing")
  }

  @Test func aThrottleWithoutAUnitIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try parse(scenario(extra: "architectures:\n  - type: kafka\n    throttle: 100\n"))
    }
    #expect(e.line == 11)
    #expect(e.field == "architectures[0].throttle")
    #expect(e.message == "cannot read '100' as a data rate: the unit is missing")
  }
}
