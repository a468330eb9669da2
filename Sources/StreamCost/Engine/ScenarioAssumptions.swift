/// The scenario-wide parameters of a run (month, topology, each feed), with origin and source.
enum ScenarioAssumptions {
  static func list(for scenario: Scenario) -> [Assumption] {
    var rows: [Assumption] = []
    func add(_ key: String, _ value: String, _ unit: String, _ source: String, uncertain: Bool = false) {
      rows.append(
        Assumption(
          scope: "", name: key, value: value, unit: unit,
          origin: scenario.explicitKeys.contains(key) ? .scenario : .default, source: source, uncertain: uncertain))
    }
    add("month", scenario.month.label, "hours per month", "docs/model.md §0.2 (730 h, AWS calculator); calendar as an option")
    if let pricing = scenario.pricing {
      add("pricing", pricing.id + (pricing.asOf.map { "@\($0)" } ?? ""), "price book", "scenario")
    } else {
      add("pricing", "given with --pricing", "price book", "command line (the scenario names no book)")
    }
    let t = scenario.topology
    add("topology.azs", "\(t.azs)", ModelDefaults.azs.unit, ModelDefaults.azs.source)
    add("topology.replication_factor", "\(t.replicationFactor)", ModelDefaults.replicationFactor.unit, ModelDefaults.replicationFactor.source)
    add("topology.clients", t.clients.rawValue, ModelDefaults.clients.unit, ModelDefaults.clients.source)
    add(
      "topology.fetch_from_follower", "\(t.readsFromFollowers)", "bool",
      "KIP-392 follower fetching on kafka and kafka-tiered; follows topology.clients unless set (docs/model.md §1.3)")
    add("topology.network_utilisation", Format.number(t.networkUtilisation.value), "fraction", ModelDefaults.networkUtilisation.source)
    add("topology.disk_utilisation", Format.number(t.diskUtilisation.value), "fraction", ModelDefaults.diskUtilisation.source)
    add("topology.survive", t.survive.rawValue, "failure", "docs/model.md §1 (one broker: N+1; one AZ: N·Z/(Z−1))")
    for (i, feed) in scenario.feeds.enumerated() {
      let at = "feeds[\(i)]"
      add("\(at).write", Format.number(feed.write.bytesPerSecond), "bytes/s", "scenario (\(feed.name), compressed, on the wire)")
      add("\(at).fan_out", "\(feed.fanOut)", ModelDefaults.fanOut.unit, ModelDefaults.fanOut.source)
      add("\(at).retention", Format.number(feed.retention.seconds), "s", ModelDefaults.retention.source)
      add("\(at).partitions", "\(feed.partitions)", "partitions", "scenario")
      add("\(at).message_size", Format.number(feed.messageSize.bytes), "bytes", ModelDefaults.messageSize.source)
      if let c = feed.catchUp {
        add("\(at).catch_up.rate", Format.number(c.rate.bytesPerSecond), "bytes/s", "scenario")
        add("\(at).catch_up.lag", Format.number(c.lag.seconds), "s", "scenario")
      }
    }
    return rows
  }
}
