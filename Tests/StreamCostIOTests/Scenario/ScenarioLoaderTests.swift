import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A small valid scenario, with `extra` appended from line 9 on.
///
/// Lines: 1 version, 2 name, 3 pricing, 4 feeds, 5 `- name`, 6 write, 7 retention, 8 partitions.
private func scenario(write: String = "10 MB/s", retention: String = "1d", partitions: String = "6", extra: String = "")
  -> String
{
  """
  version: 1
  name: t
  pricing: aws/us-east-1
  feeds:
    - name: events
      write: \(write)
      retention: \(retention)
      partitions: \(partitions)

  """ + extra
}

private let file = "bad.yaml"

/// Reading scenario YAML: every bad input is reported with the file, line, key path and what is accepted.
/// Expected lines are counted in the YAML text of each test; expected wording is ScenarioLoader,
/// YAMLValue and ScenarioValidation's.
struct ScenarioLoaderTests {
  @Test func theMinimalScenarioIsValidAndTakesTheDefaults() throws {
    let s = try ScenarioLoader.parse(scenario(), file: file)
    // Values from the text above; defaults are ModelDefaults / Topology() / ArchitectureSpec.defaults (docs/model.md).
    #expect(s.name == "t")
    #expect(s.feeds.count == 1)
    #expect(s.feeds[0].partitions == 6)
    #expect(s.feeds[0].write.bytesPerSecond == 10_000_000)  // MB = 10^6 bytes
    #expect(s.month == .average730)
    #expect(s.architectures.map(\.name) == ["kafka", "kafka-tiered", "shared-storage", "diskless"])
  }

  @Test func malformedYAMLReportsTheLine() throws {
    // Line 7 is indented by 3 instead of 4 and opens a flow list it never closes.
    let text = """
      version: 1
      name: t
      pricing: aws/us-east-1
      feeds:
        - name: events
          write: 10 MB/s
         partitions: [6
      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(e.file == file)
    #expect(e.line == 7)
    #expect(e.field == nil)
    #expect(e.message.hasPrefix("malformed YAML: "))
    #expect(e.description.hasPrefix("bad.yaml:7: malformed YAML: "))
  }

  @Test func malformedYAMLFromAFileNamesThatFile() throws {
    // Fixtures/Scenario/malformed.yaml: line 6 is `  - name: events write: 10 MB/s`; its second `:` is column 23.
    let path = try TestSupport.fixtures.appendingPathComponent("Scenario/malformed.yaml").path
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.load(path) }
    #expect(e.file == path)
    #expect(e.line == 6)
    #expect(e.message.hasPrefix("malformed YAML: "))
    #expect(e.message.hasSuffix("(column 23)"))
    #expect(e.kind == .invalid)
  }

  @Test func aMissingFileIsUnreadable() throws {
    let path = try TestSupport.temporaryDirectory().appendingPathComponent("nowhere.yaml").path
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.load(path) }
    #expect(errors.map(\.description) == ["\(path): no such file"])  // TextFile.read's wording
    #expect(InputErrors(errors).kind == .unreadable)
  }

  @Test func anEmptyFileIsReported() throws {
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse("# only a comment\n", file: file) }
    #expect(e.description == "bad.yaml: is empty (accepted: a scenario mapping; see `streamcost scenario init`)")
  }

  @Test func unknownKeySuggestsTheNearestValidKey() throws {
    let text = scenario().replacingOccurrences(of: "retention: 1d", with: "retension: 1d")
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    // Line 7 holds `retension:`; the accepted list is the feed keys of ScenarioKeys.feed.
    #expect(
      e.description
        == "bad.yaml:7: feeds[0].retension: unknown key 'retension': did you mean 'retention'? "
        + "(accepted: name, write, fan_out, retention, partitions, message_size, catch_up, profile, replay)")
  }

  @Test func unknownKeyFarFromAnyValidKeySaysSo() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(extra: "colour: blue\n"), file: file)
    }
    // Line 9 holds `colour:`, which is more than 2 edits from every top-level key.
    #expect(e.line == 9)
    #expect(e.field == "colour")
    #expect(e.message == "unknown key 'colour': not a known key")
    #expect(e.accepted?.hasPrefix("version, name, description, pricing") == true)
  }

  @Test func aTieredKeyOnAKafkaEntrySaysWhereItBelongs() throws {
    let extra = """
      architectures:
        - type: kafka
          local_retention: 2d

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    // Line 11 holds `local_retention:`; kafka accepts only the common, broker-local and scaling keys.
    #expect(e.line == 11)
    #expect(e.field == "architectures[0].local_retention")
    #expect(e.message == "unknown key 'local_retention': 'local_retention' is not a kafka setting (it belongs to kafka-tiered)")
    #expect(
      e.accepted
        == "type, name, instance, disk, controllers, controller_instance, max_disk_per_broker, segment_bytes, segment_ms, disk_io_size, "
        + "round_to_azs, root_volume, controller_volume, volume_step, policy, schedule, throttle, instance_start, partition_move")
  }

  /// A required key removed from an otherwise valid scenario: (key removed, line of the reported mapping, key path, accepted).
  static let requiredKeys: [(remove: String, line: Int, field: String, accepted: String)] = [
    // The feed mapping starts on line 5 (`- name:`).
    ("    partitions: 6\n", 5, "feeds[0].partitions", "a whole number, e.g. 96"),
    // Top-level keys are reported at the root mapping, which starts on line 1 (or 2 when line 1 is gone).
    ("version: 1\n", 1, "version", "version: 1"),
    ("name: t\n", 1, "name", "a slug such as telco-c360"),
    // `pricing:` is not required: the book may be given with --pricing (ClusterKnobsReaderTests).
  ]

  @Test(arguments: requiredKeys)
  func aMissingRequiredKeyIsNamed(_ key: (remove: String, line: Int, field: String, accepted: String)) throws {
    let text = scenario().replacingOccurrences(of: key.remove, with: "")
    #expect(text != scenario(), "the key to remove is not in the scenario")
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(e.description == "bad.yaml:\(key.line): \(key.field): is required but missing (accepted: \(key.accepted))")
  }

  @Test func aNegativeWriteRateIsRejectedAtItsKey() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(write: "-5 MB/s"), file: file)
    }
    // Line 6 holds `write:`; the reason comes from QuantityParser.rate.
    #expect(e.file == file)
    #expect(e.line == 6)
    #expect(e.field == "feeds[0].write")
    #expect(e.message == "cannot read '-5 MB/s' as a data rate: it is negative")
    #expect(e.accepted?.contains("'300 MB/s'") == true)
  }

  @Test func aZeroWriteRateIsRejectedAtItsKey() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(write: "0 MB/s"), file: file)
    }
    // Line 6 holds `write:`; the rule is ScenarioValidation's "write > 0".
    #expect(e.description == "bad.yaml:6: feeds[0].write: must be greater than 0 (accepted: a rate such as '50 MB/s')")
  }

  @Test func aWriteRateWithoutAUnitIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(write: "50"), file: file) }
    #expect(e.line == 6)
    #expect(e.field == "feeds[0].write")
    #expect(e.message.hasPrefix("cannot read '50' as a data rate"))
  }

  @Test func localRetentionLongerThanAFeedsRetentionIsRejected() throws {
    let extra = """
      architectures:
        - type: kafka-tiered
          local_retention: 2d

      """
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(retention: "1d", extra: extra), file: file)
    }
    // Line 11 holds `local_retention:`; the feed (line 5) keeps 1d.
    #expect(
      e.description
        == "bad.yaml:11: architectures[0].local_retention: local retention 2d is longer than feeds[0] (events) retention 1d "
        + "(accepted: a local retention no longer than every feed's retention)")
  }

  @Test func zeroReplicationFactorAndZeroAZsAreBothReported() throws {
    let extra = """
      topology:
        replication_factor: 0
        azs: 0

      """
    let errors = inputErrors { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    // Both rules of ScenarioValidation.validateTopology fail; all issues are reported together.
    #expect(
      Set(errors.map(\.description)) == [
        "bad.yaml:10: topology.replication_factor: must be at least 1 (got 0)",
        "bad.yaml:11: topology.azs: must be at least 1 (got 0)",
      ])
    #expect(errors.count == 2)
  }

  @Test func survivingAnAZNeedsTwoAZs() throws {
    let extra = """
      topology:
        azs: 1
        survive: az

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    #expect(
      e.description
        == "bad.yaml:11: topology.survive: cannot survive the loss of an AZ with only 1 AZ (accepted: survive: broker or none, or azs: 2 or more)"
    )
  }

  @Test func versionTwoIsNotUnderstood() throws {
    let text = scenario().replacingOccurrences(of: "version: 1", with: "version: 2")
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    // ScenarioKeys.supportedVersions is [1].
    #expect(e.description == "bad.yaml:1: version: scenario version 2 is newer than this tool understands (accepted: 1)")
  }

  @Test func aCalendarMonthNeedsAStartDate() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(extra: "month: calendar\n"), file: file)
    }
    #expect(e.file == file)
    #expect(e.field == "start")
    // Reported at the `month:` line that asks for it (the last line of the text, after the feed).
    #expect(e.line == scenario(extra: "month: calendar\n").split(separator: "\n").count)
    #expect(e.message == "is required with month: calendar")
    #expect(e.accepted?.contains("e.g. start: 2026-02-01") == true)
  }

  @Test func aCalendarFebruary2026Has672Hours() throws {
    let s = try ScenarioLoader.parse(scenario(extra: "month: calendar\nstart: 2026-02-01\n"), file: file)
    // February 2026 has 28 days (2026 is not a leap year): 28 × 24 = 672 hours.
    #expect(s.month == .calendar(label: "2026-02", days: 28))
    #expect(s.month.hours == 672)
  }

  @Test func aCalendarStartThatIsNotADateIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(extra: "month: calendar\nstart: 2026-02-30\n"), file: file)
    }
    // Line 10 holds `start:`; 30 February does not exist. The accepted forms are ISOTimestamp's.
    #expect(
      e.description
        == "bad.yaml:10: start: '2026-02-30' is not a date or a date-time (accepted: an ISO 8601 date such as 2026-01-01 "
        + "(midnight UTC), or a date-time with a zone such as 2026-01-01T06:30:00Z)")
  }

  @Test func anUnknownMonthConventionListsTheAcceptedOnes() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(extra: "month: 720h\n"), file: file)
    }
    #expect(e.description == "bad.yaml:9: month: '720h' is not a month convention (accepted: 730h or calendar)")
  }

  @Test func anUnknownArchitectureTypeListsTheFourTypes() throws {
    let extra = """
      architectures:
        - type: kafka-diskful

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    // Line 10 holds `type:`; the accepted list is ArchitectureKind.allCases.
    #expect(
      e.description
        == "bad.yaml:10: architectures[0].type: 'kafka-diskful' is not accepted (accepted: kafka, kafka-tiered, shared-storage, diskless)"
    )
  }

  @Test func anArchitectureWithoutATypeIsRejected() throws {
    let extra = """
      architectures:
        - name: mine

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    #expect(e.field == "architectures[0].type")
    #expect(e.message == "is required but missing")
    #expect(e.accepted == "kafka, kafka-tiered, shared-storage, diskless")
  }

  @Test func aCatchUpLagLongerThanRetentionIsRejected() throws {
    let extra = """
          catch_up:
            rate: 1 MB/s
            lag: 2d

      """
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(retention: "1d", extra: extra), file: file)
    }
    // Line 11 holds `lag:`; the feed keeps 1d (line 7).
    #expect(
      e.description
        == "bad.yaml:11: feeds[0].catch_up.lag: reads 2d behind the tail but the feed keeps only 1d "
        + "(accepted: a lag no longer than the feed's retention)")
  }

  @Test func aNonIntegerPartitionCountIsRejected() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario(partitions: "many"), file: file)
    }
    #expect(e.description == "bad.yaml:8: feeds[0].partitions: 'many' is not a whole number (accepted: e.g. 3)")
  }

  @Test func feedsMustBeAList() throws {
    let text = """
      version: 1
      name: t
      pricing: aws/us-east-1
      feeds: events

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    #expect(e.description == "bad.yaml:4: feeds: expected a list, found a value")
  }

  @Test func aKeyWrittenTwiceIsRejected() throws {
    let text = scenario().replacingOccurrences(of: "    write: 10 MB/s\n", with: "    write: 10 MB/s\n    write: 20 MB/s\n")
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(text, file: file) }
    // Yams reports the duplicate at the mapping's first key line (line 6 holds the first `write:`).
    #expect(e.description == "bad.yaml:6: key(s) write appear twice in one mapping")
  }

  @Test func twoFeedsWithOneNameAreRejected() throws {
    let extra = """
        - name: events
          write: 1 MB/s
          partitions: 3

      """
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario(extra: extra), file: file) }
    // The second feed starts on line 9.
    #expect(e.description == "bad.yaml:9: feeds[1].name: feed name 'events' is used twice")
  }
}
