import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// A one-feed scenario with no `pricing:`, then `extra` from line 8 on.
///
/// Lines: 1 version, 2 name, 3 feeds, 4 `- name`, 5 write, 6 retention, 7 partitions.
private func scenario(_ extra: String) -> String {
  """
  version: 1
  name: t
  feeds:
    - name: events
      write: 10 MB/s
      retention: 1d
      partitions: 6

  """ + extra
}

private let file = "knobs.yaml"

/// Reading the cluster-shape knobs of issue 17 (docs/scenarios.md, "Cluster-shape knobs") and a
/// scenario without `pricing:`; each bad value is reported with its file, line, key and what is accepted.
struct ClusterKnobsReaderTests {
  @Test func pricingMayBeLeftOutAndIsThenNil() throws {
    let s = try ScenarioLoader.parse(scenario(""), file: file)
    #expect(s.pricing == nil)
  }

  @Test func pricingAsOfWithoutPricingIsRefused() throws {
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(scenario("pricing_as_of: 2026-07-20\n"), file: file) }
    #expect(e.line == 8)
    #expect(e.field == "pricing_as_of")
    #expect(e.accepted == "pricing: provider/region with it, or neither")
  }

  /// The locator's error when neither the scenario nor the command names a book: exit 65 in the CLI.
  @Test func noBookAnywhereIsAClearError() throws {
    let e = try thrownInputError { () throws(InputError) in
      try PriceBookLocator.directory(for: nil, roots: ["pricing"], scenarioFile: file)
    }
    #expect(e.description == "knobs.yaml: pricing: is missing, and no price book folder was given with --pricing (accepted: pricing: provider/region in the scenario (e.g. aws/us-east-1), or --pricing DIR on the command line)")
  }

  @Test func theKnobsReadIntoTheBrokerLocalConfig() throws {
    let s = try ScenarioLoader.parse(
      scenario(
        """
        architectures:
          - type: kafka
            controllers: combined
            root_volume: {size: 64 GiB}
            volume_step: 100 GiB
            round_to_azs: false
          - type: kafka-tiered
            controllers: 5
            root_volume: {size: 30 GiB, type: gp3}
            controller_volume: {size: 20 GiB}

        """), file: file)
    guard case .kafka(let combined) = s.architectures[0].config, case .kafkaTiered(let dedicated, _) = s.architectures[1].config else {
      Issue.record("expected kafka and kafka-tiered")
      return
    }
    #expect(combined.controllerPlacement == .combined)
    #expect(combined.controllers == 3)  // ModelDefaults.controllers: the quorum's voters
    #expect(combined.dedicatedControllers == 0)
    #expect(combined.rootVolume == NodeVolume(size: .gib(64), type: .gp3))
    #expect(combined.volumeStep == .gib(100))
    #expect(combined.roundToAZs == false)
    #expect(dedicated.controllerPlacement == .dedicated)
    #expect(dedicated.dedicatedControllers == 5)
    #expect(dedicated.controllerVolume == NodeVolume(size: .gib(20)))
    #expect(dedicated.roundToAZs == true)
  }

  @Test func badKnobValuesNameTheirLineAndWhatIsAccepted() throws {
    let errors = inputErrors { () throws(InputErrors) in
      try ScenarioLoader.parse(
        scenario(
          """
          architectures:
            - type: kafka
              controllers: shared
              root_volume: {size: 64 GiB, type: io2}
              controller_volume: {type: gp3}
              round_to_azs: sometimes

          """), file: file)
    }
    #expect(errors.map(\.line) == [10, 11, 12, 13])
    #expect(errors[0].accepted == "a whole number (e.g. 3) or combined")
    #expect(errors[1].accepted == "gp3")
    #expect(errors[2].message == "is required but missing")
    #expect(errors[2].field?.hasSuffix("controller_volume.size") == true)
    #expect(errors[3].accepted == "true or false")
  }

  @Test func contradictoryKnobsAreReportedOnTheirLines() throws {
    let errors = inputErrors { () throws(InputErrors) in
      try ScenarioLoader.parse(
        scenario(
          """
          architectures:
            - type: kafka
              controllers: combined
              controller_instance: m6i.large
              controller_volume: {size: 20 GiB}
              volume_step: 100 GB

          """), file: file)
    }
    #expect(errors.map(\.field) == ["architectures[0].controller_instance", "architectures[0].controller_volume", "architectures[0].volume_step"])
    #expect(errors.map(\.line) == [11, 12, 13])
    #expect(errors[2].message == "must be a whole number of GiB, at least 1 GiB (got 93.13 GiB)")  // 100 GB = 10^11 B
  }

  @Test func rootVolumesReadOnTheStatelessDesigns() throws {
    let s = try ScenarioLoader.parse(
      scenario(
        """
        architectures:
          - {type: shared-storage, root_volume: {size: 30 GiB}, controller_volume: {size: 10 GiB}}
          - {type: diskless, root_volume: {size: 64 GiB, type: gp3}}

        """), file: file)
    guard case .sharedStorage(let shared) = s.architectures[0].config, case .diskless(let diskless) = s.architectures[1].config else {
      Issue.record("expected shared-storage and diskless")
      return
    }
    #expect(shared.rootVolume == NodeVolume(size: .gib(30)))
    #expect(shared.controllerVolume == NodeVolume(size: .gib(10)))
    #expect(diskless.rootVolume == NodeVolume(size: .gib(64)))
  }

  @Test func theKnobsAreRefusedOnOtherTypes() throws {
    let e = try singleInputError { () throws(InputErrors) in
      try ScenarioLoader.parse(scenario("architectures:\n  - {type: diskless, volume_step: 100 GiB}\n"), file: file)
    }
    #expect(e.line == 9)
    #expect(e.message.contains("volume_step"))
  }
}
