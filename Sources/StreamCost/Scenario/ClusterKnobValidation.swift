/// The rules of broker-local Kafka's cluster-shape knobs (`controllers: combined`, `root_volume`,
/// `controller_volume`, `volume_step`): each knob alone, and the pairs that contradict each other.
extension BrokerLocalConfig {
  func validateClusterKnobs(at path: String) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    if controllerPlacement == .combined {
      if controllerInstance != nil {
        issues.append(
          ScenarioIssue(
            "\(path).controller_instance", "has no effect with controllers: combined (the brokers are the controllers)",
            accepted: "leave controller_instance out, or give controllers a number of dedicated nodes"))
      }
      if controllerVolume != nil {
        issues.append(
          ScenarioIssue(
            "\(path).controller_volume", "needs dedicated controllers; combined nodes keep the metadata log on the broker's volume",
            accepted: "leave controller_volume out, or give controllers a number of dedicated nodes"))
      }
    }
    issues += NodeVolume.issues(at: path, root: rootVolume, controller: controllerVolume)
    if let volumeStep {
      let gib = volumeStep.gib
      if !(gib >= 1) || gib != gib.rounded() {
        issues.append(
          ScenarioIssue(
            "\(path).volume_step", "must be a whole number of GiB, at least 1 GiB (got \(Format.size(volumeStep)))",
            accepted: "e.g. '100 GiB'"))
      }
    }
    return issues
  }
}

extension BrokerLocalConfig {
  /// `root_volume`, `controller_volume` and `volume_step` from 1 GiB to the largest broker disk.
  func checkClusterKnobLimits(at path: String, _ check: inout LimitCheck) {
    NodeVolume.checkLimits(at: path, root: rootVolume, controller: controllerVolume, &check)
    if let volumeStep {
      check.size("\(path).volume_step", volumeStep, within: InputLimits.smallestBrokerDisk, InputLimits.largestBrokerDisk)
    }
  }
}

extension NodeVolume {
  /// A stated volume's size must be positive.
  static func issues(at path: String, root: NodeVolume?, controller: NodeVolume?) -> [ScenarioIssue] {
    [("root_volume", root), ("controller_volume", controller)].compactMap { key, volume in
      guard let volume, !(volume.size.bytes > 0) else { return nil }
      return ScenarioIssue("\(path).\(key).size", "must be greater than 0", accepted: "a size such as '64 GiB'")
    }
  }

  /// A stated volume from 1 GiB to the largest broker disk.
  static func checkLimits(at path: String, root: NodeVolume?, controller: NodeVolume?, _ check: inout LimitCheck) {
    for (key, volume) in [("root_volume", root), ("controller_volume", controller)] {
      if let volume { check.size("\(path).\(key).size", volume.size, within: InputLimits.smallestBrokerDisk, InputLimits.largestBrokerDisk) }
    }
  }
}
