/// Where producers and consumers send their bytes relative to their own availability zone
/// (`topology.clients`, docs/model.md §0.3).
///
/// One scenario-level setting, so that every architecture is priced with the same client
/// configuration effort; each architecture honours it as far as its design allows, and its own key
/// (`topology.fetch_from_follower`, `zone_router`, `zone_aware_clients`) may override it.
public enum ClientPlacement: String, Hashable, Sendable, Codable, CaseIterable {
  /// Clients announce their AZ (`client.rack`, a zone-aware bootstrap) and each design keeps what
  /// bytes it can in that AZ: follower fetching, the zone router or rack-aware assignment, agents
  /// in the client's AZ.
  case zoneAware = "zone-aware"
  /// Clients talk to whichever broker or agent serves them, in any AZ: what a client does when
  /// nobody configured its zone.
  case anyZone = "any-zone"

  /// The placement an architecture uses: its own key when set (`true`: zone-aware), else this one.
  public func overridden(by own: Bool?) -> ClientPlacement {
    guard let own else { return self }
    return own ? .zoneAware : .anyZone
  }
}

/// How one architecture places its clients, and which key set it.
public struct ClientSetting: Hashable, Sendable {
  public var placement: ClientPlacement
  /// The architecture's own key that overrides `topology.clients`, e.g. `architectures[2].zone_router`;
  /// nil when the column follows `topology.clients`.
  public var overrideKey: String?

  public init(placement: ClientPlacement, overrideKey: String?) {
    self.placement = placement
    self.overrideKey = overrideKey
  }
}

extension ArchitectureSpec {
  /// This column's client placement on `topology`, with the key that overrides the scenario's
  /// setting when there is one (`at` is the entry's path, e.g. `architectures[2]`).
  public func clientSetting(_ topology: Topology, at: String) -> ClientSetting {
    let own: (value: Bool?, key: String)
    switch config {
    case .kafka, .kafkaTiered: own = (topology.fetchFromFollower, "topology.fetch_from_follower")
    case .sharedStorage(let c): own = (c.zoneRouter, "\(at).zone_router")
    case .diskless(let c): own = (c.zoneAwareClients, "\(at).zone_aware_clients")
    }
    return ClientSetting(placement: topology.clients.overridden(by: own.value), overrideKey: own.value == nil ? nil : own.key)
  }
}
