import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Reading `topology.clients` and the architectures' own client keys (docs/model.md §0.3), and
/// sweeping it. Lines of `text`: 1 version … 8 partitions, 9 `topology:`, 10 `clients:`.
struct ClientPlacementReadingTests {
  static func text(clients: String, architectures: String = "") -> String {
    """
    version: 1
    name: t
    pricing: aws/us-east-1
    feeds:
      - name: events
        write: 10 MB/s
        retention: 1d
        partitions: 6
    topology:
      clients: \(clients)

    """ + architectures
  }

  @Test func theDefaultIsAnyZoneAndOwnKeysAreUnsetUnlessWritten() throws {
    let bare = try ScenarioLoader.parse(Self.text(clients: "any-zone").replacingOccurrences(of: "topology:\n  clients: any-zone\n", with: ""), file: "t.yaml")
    #expect(bare.topology.clients == .anyZone)
    #expect(bare.topology.fetchFromFollower == nil)
    #expect(!bare.topology.readsFromFollowers)
    guard case .diskless(let diskless) = bare.architectures[3].config else { Issue.record("not diskless"); return }
    #expect(diskless.zoneAwareClients == nil)
  }

  @Test func zoneAwareIsReadAndEveryColumnFollowsIt() throws {
    let s = try ScenarioLoader.parse(Self.text(clients: "zone-aware"), file: "t.yaml")
    #expect(s.topology.clients == .zoneAware)
    #expect(s.topology.readsFromFollowers)
    #expect(s.explicitKeys.contains("topology.clients"))
    let settings = s.architectures.enumerated().map { $1.clientSetting(s.topology, at: "architectures[\($0)]") }
    #expect(settings.allSatisfy { $0 == ClientSetting(placement: .zoneAware, overrideKey: nil) })
  }

  /// Zone-aware clients on an EBS WAL are accepted (rack-aware consumers); an explicit router there is not.
  @Test func anEBSWALTakesZoneAwareClientsButNotAnExplicitRouter() throws {
    let inherited = Self.text(clients: "zone-aware", architectures: "architectures:\n  - {type: shared-storage, wal: ebs}\n")
    #expect(try ScenarioLoader.parse(inherited, file: "t.yaml").architectures.count == 1)
    let explicit = Self.text(clients: "zone-aware", architectures: "architectures:\n  - {type: shared-storage, wal: ebs, zone_router: true}\n")
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(explicit, file: "bad.yaml") }
    #expect(e.file == "bad.yaml")
    #expect(e.field == "architectures[0].zone_router")
    #expect(e.message.contains("the zone router needs an object-storage WAL"))
    #expect(e.description.contains("topology.clients: zone-aware"))
  }

  /// A misspelt value names the file, the line, the key and the two accepted words.
  @Test func anUnknownValueNamesFileKeyAndTheAcceptedValues() throws {
    for bad in ["zone_aware", "true", "Zone-Aware", "[zone-aware]"] {
      let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(Self.text(clients: bad), file: "bad.yaml") }
      #expect(e.file == "bad.yaml")
      #expect(e.line == 10)
      #expect(e.field == "topology.clients")
      if !bad.hasPrefix("[") { #expect(e.accepted == "zone-aware, any-zone", "\(e.description)") }
    }
    let e = try singleInputError { () throws(InputErrors) in try ScenarioLoader.parse(Self.text(clients: "zone_aware"), file: "bad.yaml") }
    #expect(e.description == "bad.yaml:10: topology.clients: 'zone_aware' is not accepted (accepted: zone-aware, any-zone)")
  }

  @Test func theTemplateDocumentsTheKeyWithItsDefault() throws {
    #expect(ScenarioTemplate.text.contains("clients: any-zone               # default any-zone"))
    let s = try ScenarioLoader.parse(ScenarioTemplate.text, file: "template.yaml")
    #expect(s.topology.clients == .anyZone)
    guard case .diskless(let diskless) = s.architectures[3].config else { Issue.record("not diskless"); return }
    #expect(diskless.zoneAwareClients == nil, "the template must not override topology.clients")
  }

  /// `--vary topology.clients=any-zone,zone-aware`: the key path resolves and each value reaches the scenario.
  @Test func theKeyIsSweepable() throws {
    let t = try SweepTemplate.load(TestSupport.telcoScenario) { _ in try PriceBookLoader.load(TestSupport.shippedBook) }
    let worker = try t.makeWorker()
    for value in ClientPlacement.allCases {
      let setting = SweepSetting(path: try t.resolve("topology.clients"), text: value.rawValue, origin: "test")
      #expect(try worker.document([setting]).scenario.topology.clients == value)
    }
  }
}
