/// The volumes a design's nodes carry besides their data volumes (docs/model.md §1.4): a root
/// volume on every node (the brokers or agents, and any dedicated controllers) and a metadata-log
/// volume on each dedicated controller. Each is one block-storage line, billed per GiB-month; a
/// scenario that states none has none of these lines.
struct NodeVolumes: Hashable, Sendable {
  /// `Broker` or `Agent`, for line descriptions.
  let nodeLabel: String
  let root: NodeVolume?
  let controllerVolume: NodeVolume?
  /// Controller instances of their own (0 when the design has none or they are combined).
  let controllers: Int

  /// One line for the nodes' root volumes, one for the controllers' root volumes and one for
  /// their metadata volumes, each only where it bills something.
  var meterLines: [MeterLine] {
    var lines: [MeterLine] = []
    if let root {
      lines.append(
        MeterLine(
          .blockStorage, "\(nodeLabel) root volumes (\(root.label))", price: .rate(.blockStorage), .storage,
          explained: .volumeSize(basis: "root_volume")))
      if controllers > 0 {
        lines.append(
          MeterLine(
            .blockStorage, "KRaft controller root volumes (\(root.label))", price: .rate(.blockStorage), .storage,
            explained: .fixed(count: controllers, noun: "controller volumes of \(Format.number(root.sizeGiB)) GiB (root_volume)")))
      }
    }
    if let controllerVolume, controllers > 0 {
      lines.append(
        MeterLine(
          .blockStorage, "KRaft controller volumes (\(controllerVolume.label))", price: .rate(.blockStorage), .storage,
          explained: .fixed(count: controllers, noun: "controller volumes of \(Format.number(controllerVolume.sizeGiB)) GiB (controller_volume)")))
    }
    return lines
  }

  /// Appends each line's amount for a step of `hours` with `nodes` brokers or agents billed (a
  /// fraction while nodes launch or drain: their root volumes are billed with them).
  @inline(__always)
  func append(nodes: Double, hours: Double, to amounts: inout MeterAmounts) {
    guard root != nil || controllerVolume != nil else { return }
    appendStated(nodes: nodes, hours: hours, to: &amounts)
  }

  private func appendStated(nodes: Double, hours: Double, to amounts: inout MeterAmounts) {
    if let root {
      amounts.append(nodes * DataSize.gib(root.sizeGiB).bytes * hours)
      if controllers > 0 { amounts.append(Double(controllers) * DataSize.gib(root.sizeGiB).bytes * hours) }
    }
    if let controllerVolume, controllers > 0 {
      amounts.append(Double(controllers) * DataSize.gib(controllerVolume.sizeGiB).bytes * hours)
    }
  }
}

extension BrokerLocalConfig {
  /// The brokers' and dedicated controllers' root volumes and the controllers' volumes.
  var nodeVolumes: NodeVolumes {
    NodeVolumes(nodeLabel: "Broker", root: rootVolume, controllerVolume: controllerVolume, controllers: dedicatedControllers)
  }
}

extension SharedStorageConfig {
  /// The brokers' and controllers' root volumes and the controllers' volumes.
  var nodeVolumes: NodeVolumes {
    NodeVolumes(nodeLabel: "Broker", root: rootVolume, controllerVolume: controllerVolume, controllers: controllers)
  }
}

extension DisklessConfig {
  /// The agents' root volumes (the control plane is the vendor's: no controllers).
  var nodeVolumes: NodeVolumes { NodeVolumes(nodeLabel: "Agent", root: rootVolume, controllerVolume: nil, controllers: 0) }
}
