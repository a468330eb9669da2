extension Scenario {
  /// Every rule a scenario must satisfy before it is simulated; empty when valid.
  public func validate() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if name.isEmpty { issues.append(ScenarioIssue("name", "must not be empty")) }
    issues += validateFeeds()
    issues += validateTopology()
    issues += validateArchitectures()
    issues += validateTime()
    issues += validateLimits()
    return issues
  }

  private func validateFeeds() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if feeds.isEmpty {
      issues.append(ScenarioIssue("feeds", "at least one feed is required"))
    }
    var seen: Set<String> = []
    for (i, feed) in feeds.enumerated() {
      let at = "feeds[\(i)]"
      if !seen.insert(feed.name).inserted {
        issues.append(ScenarioIssue("\(at).name", "feed name '\(feed.name)' is used twice"))
      }
      if !(feed.write.bytesPerSecond > 0) {
        issues.append(ScenarioIssue("\(at).write", "must be greater than 0", accepted: "a rate such as '50 MB/s'"))
      }
      if feed.partitions < 1 {
        issues.append(ScenarioIssue("\(at).partitions", "must be at least 1 (got \(feed.partitions))"))
      }
      if feed.fanOut < 0 {
        issues.append(ScenarioIssue("\(at).fan_out", "must be 0 or more (got \(feed.fanOut))"))
      }
      if !(feed.retention.seconds > 0) {
        issues.append(ScenarioIssue("\(at).retention", "must be longer than 0", accepted: "a duration such as '7d'"))
      }
      if let catchUp = feed.catchUp {
        if !(catchUp.rate.bytesPerSecond > 0) {
          issues.append(ScenarioIssue("\(at).catch_up.rate", "must be greater than 0"))
        }
        if catchUp.lag > feed.retention {
          issues.append(
            ScenarioIssue(
              "\(at).catch_up.lag",
              "reads \(Format.duration(catchUp.lag)) behind the tail but the feed keeps only \(Format.duration(feed.retention))",
              accepted: "a lag no longer than the feed's retention"))
        }
      }
    }
    return issues
  }

  private func validateTopology() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if topology.azs < 1 {
      issues.append(ScenarioIssue("topology.azs", "must be at least 1 (got \(topology.azs))"))
    }
    if topology.replicationFactor < 1 {
      issues.append(
        ScenarioIssue("topology.replication_factor", "must be at least 1 (got \(topology.replicationFactor))"))
    }
    for (key, share) in [
      ("topology.network_utilisation", topology.networkUtilisation),
      ("topology.disk_utilisation", topology.diskUtilisation),
    ] where !(share.value > 0 && share.value <= 1) {
      issues.append(ScenarioIssue(key, "must be above 0% and at most 100% (got \(Format.percent(share)))"))
    }
    if topology.survive == .az && topology.azs < 2 {
      issues.append(
        ScenarioIssue(
          "topology.survive", "cannot survive the loss of an AZ with only \(topology.azs) AZ",
          accepted: "survive: broker or none, or azs: 2 or more"))
    }
    return issues
  }

  private func validateArchitectures() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if architectures.isEmpty {
      issues.append(ScenarioIssue("architectures", "at least one architecture is required"))
    }
    var seen: Set<String> = []
    for (i, spec) in architectures.enumerated() {
      let at = "architectures[\(i)]"
      if !seen.insert(spec.name).inserted {
        issues.append(
          ScenarioIssue("\(at).name", "name '\(spec.name)' is used twice", accepted: "a unique `name:` per entry"))
      }
      switch spec.config {
      case .kafka(let broker):
        issues += broker.validate(at: at)
      case .kafkaTiered(let broker, let tiering):
        issues += broker.validate(at: at)
        issues += tiering.validate(at: at, feeds: feeds)
      case .sharedStorage(let config):
        issues += config.validate(at: at)
      case .diskless(let config):
        issues += config.validate(at: at)
      }
    }
    return issues
  }
}

extension BrokerLocalConfig {
  func validate(at path: String) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if controllers < 0 { issues.append(ScenarioIssue("\(path).controllers", "must be 0 or more")) }
    if let maxDiskPerBroker, !(maxDiskPerBroker.bytes > 0) {
      issues.append(ScenarioIssue("\(path).max_disk_per_broker", "must be greater than 0"))
    }
    if !(segmentBytes.bytes > 0) { issues.append(ScenarioIssue("\(path).segment_bytes", "must be greater than 0")) }
    if !(segmentTime.seconds > 0) { issues.append(ScenarioIssue("\(path).segment_ms", "must be longer than 0")) }
    if !(diskIOSize.bytes > 0) { issues.append(ScenarioIssue("\(path).disk_io_size", "must be greater than 0")) }
    return issues + validateClusterKnobs(at: path)
  }
}

extension TieringConfig {
  func validate(at path: String, feeds: [Feed]) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if let local = localRetention {
      if !(local.seconds > 0) {
        issues.append(ScenarioIssue("\(path).local_retention", "must be longer than 0"))
      }
      for (i, feed) in feeds.enumerated() where feed.retention < local {
        issues.append(
          ScenarioIssue(
            "\(path).local_retention",
            "local retention \(Format.duration(local)) is longer than feeds[\(i)] (\(feed.name)) retention \(Format.duration(feed.retention))",
            accepted: "a local retention no longer than every feed's retention"))
      }
    }
    if !(partSize.bytes > 0) { issues.append(ScenarioIssue("\(path).multipart_part_size", "must be greater than 0")) }
    if !(readChunk.bytes > 0) { issues.append(ScenarioIssue("\(path).remote_read_chunk", "must be greater than 0")) }
    if extraObjectsPerSegment < 0 {
      issues.append(ScenarioIssue("\(path).extra_objects_per_segment", "must be 0 or more"))
    }
    return issues
  }
}

extension SharedStorageConfig {
  func validate(at path: String) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if zoneRouter == true && wal != .objectStorage {
      issues.append(
        ScenarioIssue(
          "\(path).zone_router", "the zone router needs an object-storage WAL",
          accepted: "wal: object-storage with zone_router: true, zone_router: false, or no zone_router with "
            + "topology.clients: zone-aware (rack-aware consumers on an EBS WAL)"))
    }
    if wal == .ebs && !(walVolume.bytes > 0) {
      issues.append(ScenarioIssue("\(path).wal_volume", "must be greater than 0 with wal: ebs"))
    }
    for (key, value) in [
      ("put_per_mbps", putPerMBps), ("get_per_mbps", getPerMBps),
      ("request_floor", requestFloorPerBroker), ("compaction_read", compactionRead),
    ] where !(value >= 0 && value.isFinite) {
      issues.append(ScenarioIssue("\(path).\(key)", "must be 0 or more (got \(value))"))
    }
    if controllers < 0 { issues.append(ScenarioIssue("\(path).controllers", "must be 0 or more")) }
    return issues + NodeVolume.issues(at: path, root: rootVolume, controller: controllerVolume)
  }
}

extension DisklessConfig {
  func validate(at path: String) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if !(batchInterval.seconds > 0) {
      issues.append(ScenarioIssue("\(path).batch_interval", "must be longer than 0", accepted: "e.g. '250ms'"))
    }
    if !(throughputPerVCPU.bytesPerSecond > 0) {
      issues.append(ScenarioIssue("\(path).throughput_per_vcpu", "must be greater than 0"))
    }
    if !(cpuTarget.value > 0 && cpuTarget.value <= 1) {
      issues.append(ScenarioIssue("\(path).cpu_target", "must be above 0% and at most 100%"))
    }
    if compactionLevels < 0 { issues.append(ScenarioIssue("\(path).compaction_levels", "must be 0 or more")) }
    if compactionFanIn < 2 { issues.append(ScenarioIssue("\(path).compaction_fan_in", "must be at least 2")) }
    if !(readChunk.bytes > 0) { issues.append(ScenarioIssue("\(path).read_chunk", "must be greater than 0")) }
    return issues + NodeVolume.issues(at: path, root: rootVolume, controller: nil)
  }
}
