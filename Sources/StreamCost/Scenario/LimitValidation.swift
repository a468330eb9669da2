import Foundation

extension Scenario {
  /// Every ``InputLimits`` bound on the scenario's numbers; empty when all are within them.
  func validateLimits() -> [ScenarioIssue] {
    var check = LimitCheck()
    checkFeeds(&check)
    if check.issues.isEmpty { checkLoadShapes(&check) }
    checkTopology(&check)
    checkProfile(profile, at: "profile", &check)
    check.count("events", events.count, atMost: InputLimits.listEntries)
    for (i, spec) in architectures.enumerated() { spec.checkLimits(at: "architectures[\(i)]", &check) }
    if check.issues.isEmpty { checkPeak(&check) }
    return check.issues
  }

  private func checkFeeds(_ check: inout LimitCheck) {
    for (i, feed) in feeds.enumerated() {
      let at = "feeds[\(i)]"
      check.rate("\(at).write", feed.write, atMost: InputLimits.write)
      check.count("\(at).fan_out", feed.fanOut, atMost: InputLimits.fanOut)
      check.count("\(at).partitions", feed.partitions, atMost: InputLimits.partitions)
      check.duration("\(at).retention", feed.retention, atMost: InputLimits.retention)
      check.size("\(at).message_size", feed.messageSize, within: InputLimit(DataSize(bytes: 0), "0 B"), InputLimits.messageSize)
      if let catchUp = feed.catchUp { check.rate("\(at).catch_up.rate", catchUp.rate, atMost: InputLimits.write) }
      if let replay = feed.replay {
        check.rate("\(at).replay.rate", replay.rate, atMost: InputLimits.write)
        check.duration("\(at).replay.every", replay.every, atLeast: InputLimits.replayInterval)
        check.duration("\(at).replay.every", replay.every, atMost: InputLimits.retention)
        check.duration("\(at).replay.first", replay.first, atMost: InputLimits.retention)
      }
      checkProfile(feed.profile, at: "\(at).profile", &check)
    }
  }

  /// The values the load's shapes keep (``LoadSeries``): distinct shaped profiles × (warm-up +
  /// horizon steps, then the horizon's factors). Feeds that share a profile share its shape.
  private func checkLoadShapes(_ check: inout LimitCheck) {
    // A step or horizon out of range is reported by the time checks alone.
    guard TimeSettings.stepRange.contains(time.step), time.step <= time.horizon, time.horizon <= TimeSettings.maximumHorizon else { return }
    let (shaped, perShape) = LoadSeries.keptValues(self, step: time.step.seconds, steps: time.stepCount)
    guard shaped > 0 else { return }
    let values = Double(shaped) * perShape
    check.atMost(
      "feeds", values, InputLimits.loadShapeValues,
      shown: "\(shaped) distinct load profiles × \(Format.number(perShape)) values each (warm-up and horizon steps) = \(Format.number(values)) values")
  }

  private func checkTopology(_ check: inout LimitCheck) {
    check.count("topology.azs", topology.azs, atMost: InputLimits.azs)
    check.count("topology.replication_factor", topology.replicationFactor, atMost: InputLimits.replicationFactor)
    check.fraction("topology.network_utilisation", topology.networkUtilisation, atLeast: InputLimits.utilisation)
    check.fraction("topology.disk_utilisation", topology.diskUtilisation, atLeast: InputLimits.utilisation)
  }

  private func checkProfile(_ profile: LoadProfile, at path: String, _ check: inout LimitCheck) {
    for (c, component) in profile.components.enumerated() {
      let at = "\(path)[\(c)]"
      switch component {
      case .diurnal(.hourly(let factors)):
        for (h, factor) in factors.enumerated() { check.number("\(at).diurnal.hourly[\(h)]", factor, atMost: InputLimits.profileFactor) }
      case .diurnal(.peak(_, let multiplier)):
        check.number("\(at).diurnal.peak_multiplier", multiplier, atMost: InputLimits.multiplier)
      case .weekly(let factors):
        for (d, factor) in factors.enumerated() { check.number("\(at).weekly[\(d)]", factor, atMost: InputLimits.profileFactor) }
      case .spikes(let spikes):
        check.count("\(at).spikes", spikes.count, atMost: InputLimits.listEntries)
        for (s, spike) in spikes.enumerated() {
          check.number("\(at).spikes[\(s)].multiplier", spike.multiplier, atMost: InputLimits.multiplier)
          check.duration("\(at).spikes[\(s)].duration", spike.duration, atMost: InputLimits.retention)
          check.duration("\(at).spikes[\(s)].ramp", spike.ramp, atMost: InputLimits.retention)
        }
      case .growth(let rate):
        check.atMost("\(at).growth", rate, InputLimits.growthPerMonth, shown: "\(LimitCheck.shown(rate * 100))%/month")
      case .series(let series):
        if let peak = series.bytesPerSecond.max() {
          check.rate("\(at).series", DataRate(bytesPerSecond: peak), atMost: InputLimits.write)
        }
      }
    }
  }

  /// The cluster's peak load: each feed's write at the highest its profiles reach, plus its
  /// catch-up and replay reads. Checked once every value is within its own bound.
  private func checkPeak(_ check: inout LimitCheck) {
    let validGrid = validateTime().isEmpty
    let cluster = PeakBound.logFactor(profile, time: time, validGrid: validGrid)
    var total = 0.0
    for (i, feed) in feeds.enumerated() {
      let factor = cluster + PeakBound.logFactor(feed.profile, time: time, validGrid: validGrid)
      let peak = log(feed.write.bytesPerSecond) + factor
      let reads = feed.catchUpRate.bytesPerSecond + (feed.replay?.rate.bytesPerSecond ?? 0)
      guard peak <= log(InputLimits.peakWrite.value.bytesPerSecond) else {
        check.append(
          ScenarioIssue(
            "feeds[\(i)].profile",
            "write \(LimitCheck.shown(feed.write)) × a profile peak of up to \(LimitCheck.shown(exp(factor))) "
              + "(peak hour, overlapping spikes, growth compounded over the horizon) is above the limit of \(InputLimits.peakWrite.text)",
            accepted: "a peak load of at most \(InputLimits.peakWrite.text) (docs/limits-and-guarantees.md)"))
        return
      }
      total += exp(peak) + reads
    }
    if total > InputLimits.peakWrite.value.bytesPerSecond {
      check.append(
        LimitCheck.above("feeds", "the feeds' peak load together, \(LimitCheck.shown(DataRate(bytesPerSecond: total))),", InputLimits.peakWrite.text))
    }
  }
}

extension ArchitectureSpec {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    switch config {
    case .kafka(let broker):
      broker.checkLimits(at: path, &check)
    case .kafkaTiered(let broker, let tiering):
      broker.checkLimits(at: path, &check)
      tiering.checkLimits(at: path, &check)
    case .sharedStorage(let config):
      config.checkLimits(at: path, &check)
    case .diskless(let config):
      config.checkLimits(at: path, &check)
    }
    scaling.checkLimits(at: path, &check)
  }
}

extension BrokerLocalConfig {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    check.count("\(path).controllers", controllers, atMost: InputLimits.controllers)
    if let maxDiskPerBroker {
      check.size("\(path).max_disk_per_broker", maxDiskPerBroker, within: InputLimits.smallestBrokerDisk, InputLimits.largestBrokerDisk)
    }
    check.size("\(path).segment_bytes", segmentBytes, within: InputLimits.smallestBlock, InputLimits.largestBlock)
    check.duration("\(path).segment_ms", segmentTime, atLeast: InputLimits.shortestInterval)
    check.duration("\(path).segment_ms", segmentTime, atMost: InputLimits.retention)
    check.size("\(path).disk_io_size", diskIOSize, within: InputLimits.smallestBlock, InputLimits.largestBlock)
    checkClusterKnobLimits(at: path, &check)
  }
}

extension TieringConfig {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    check.size("\(path).multipart_part_size", partSize, within: InputLimits.smallestBlock, InputLimits.largestBlock)
    check.size("\(path).remote_read_chunk", readChunk, within: InputLimits.smallestBlock, InputLimits.largestBlock)
    check.count("\(path).extra_objects_per_segment", extraObjectsPerSegment, atMost: InputLimits.objectsPerSegment)
  }
}

extension SharedStorageConfig {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    check.size("\(path).wal_volume", walVolume, within: InputLimit(DataSize(bytes: 0), "0 B"), InputLimits.largestBlock)
    check.number("\(path).put_per_mbps", putPerMBps, atMost: InputLimits.requestsPerMBps)
    check.number("\(path).get_per_mbps", getPerMBps, atMost: InputLimits.requestsPerMBps)
    check.number("\(path).request_floor", requestFloorPerBroker, atMost: InputLimits.requestFloor)
    check.number("\(path).compaction_read", compactionRead, atMost: InputLimits.compactionRead)
    check.count("\(path).controllers", controllers, atMost: InputLimits.controllers)
    NodeVolume.checkLimits(at: path, root: rootVolume, controller: controllerVolume, &check)
  }
}

extension DisklessConfig {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    check.duration("\(path).batch_interval", batchInterval, atLeast: InputLimits.shortestInterval)
    check.duration("\(path).batch_interval", batchInterval, atMost: InputLimits.longestBatch)
    check.rate("\(path).throughput_per_vcpu", throughputPerVCPU, atLeast: InputLimits.smallestVCPUThroughput)
    check.rate("\(path).throughput_per_vcpu", throughputPerVCPU, atMost: InputLimits.largestVCPUThroughput)
    check.fraction("\(path).cpu_target", cpuTarget, atLeast: InputLimits.utilisation)
    check.count("\(path).compaction_levels", compactionLevels, atMost: InputLimits.compactionLevels)
    check.count("\(path).compaction_fan_in", compactionFanIn, atMost: InputLimits.compactionFanIn)
    check.size("\(path).read_chunk", readChunk, within: InputLimits.smallestBlock, InputLimits.largestBlock)
    NodeVolume.checkLimits(at: path, root: rootVolume, controller: nil, &check)
  }
}

extension ScalingConfig {
  func checkLimits(at path: String, _ check: inout LimitCheck) {
    check.count("\(path).schedule", schedule.count, atMost: InputLimits.listEntries)
    for (i, entry) in schedule.enumerated() {
      check.count("\(path).schedule[\(i)].count", entry.count, atMost: InputLimits.scheduledCount)
    }
    check.rate("\(path).throttle", throttle, atLeast: InputLimits.smallestThrottle)
    check.rate("\(path).throttle", throttle, atMost: InputLimits.write)
    check.duration("\(path).instance_start", instanceStart, atMost: InputLimits.leadTime)
    check.duration("\(path).partition_move", partitionMove, atMost: InputLimits.leadTime)
  }
}
