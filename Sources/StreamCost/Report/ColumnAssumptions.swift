/// The assumptions that can differ between the columns of a comparison (client placement, scaling
/// policy, vendor fees, purchase option): one row per architecture in `assumptions.csv`, and in the
/// table's header those that differ, so that a reader sees when columns are not set up alike.
public enum ColumnAssumptions {
  /// One header row: the assumption's label and its value in each column.
  public struct Row: Hashable, Sendable {
    public var label: String
    public var values: [String]
    /// Per column, the architecture's own key that overrides the scenario-wide setting, if any.
    public var overrides: [String?]
  }

  /// The keys (under `architectures[i]`) and their labels, in header order.
  public static let keys: [(key: String, label: String)] = [
    ("clients", "client placement"), ("policy", "scaling policy"), ("vendor_fees", "vendor fees"), ("purchase_option", "purchase option"),
  ]

  /// What no architecture prices today: the vendors' licence and control-plane fees.
  static let vendorFees = "not priced"
  /// Instances are priced at the book's on-demand rates.
  static let purchaseOption = "on-demand"
  static let overridePrefix = "set by "

  /// The column's client placement, vendor fees and purchase option as assumptions (its scaling
  /// policy is one of ``ScalingConfig/parameters``).
  static func list(_ spec: ArchitectureSpec, at: String, scenario: Scenario) -> [Assumption] {
    let setting = spec.clientSetting(scenario.topology, at: at)
    let explicit = setting.overrideKey != nil || scenario.explicitKeys.contains("topology.clients")
    let source = setting.overrideKey.map { "\(overridePrefix)\($0), which overrides topology.clients (docs/model.md §0.3)" }
      ?? "topology.clients (docs/model.md §0.3)"
    return [
      Assumption(
        scope: spec.name, name: "\(at).clients", value: setting.placement.rawValue, unit: ModelDefaults.clients.unit,
        origin: explicit ? .scenario : .default, source: source),
      Assumption(
        scope: spec.name, name: "\(at).vendor_fees", value: vendorFees, unit: "fees", origin: .default,
        source: "docs/model.md §0.3: no vendor licence or control-plane fee is in the price book"),
      Assumption(
        scope: spec.name, name: "\(at).purchase_option", value: purchaseOption, unit: "purchase", origin: .default,
        source: "docs/model.md §0.3: instances at the book's on-demand hourly rates"),
    ]
  }

  /// The value of `key` in `result`'s assumptions, with the key that overrides it.
  static func value(_ result: ArchitectureResult, _ key: String) -> (value: String, override: String?)? {
    guard let row = result.assumptions.first(where: { $0.name.hasSuffix("].\(key)") }) else { return nil }
    let override = row.source.hasPrefix(overridePrefix)
      ? String(row.source.dropFirst(overridePrefix.count).prefix { $0 != "," }) : nil
    return (row.value, override)
  }

  /// Every column assumption the results carry, one row each, in ``keys`` order.
  public static func rows(_ results: [ArchitectureResult]) -> [Row] {
    keys.compactMap { key, label in
      let values = results.map { value($0, key) }
      guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
      return Row(label: label, values: values.map { $0!.value }, overrides: values.map { $0!.override })
    }
  }

  /// Rows whose value or override differs between columns.
  public static func differing(_ results: [ArchitectureResult]) -> [Row] {
    rows(results).filter { Set($0.values).count > 1 || $0.overrides.contains { $0 != nil } }
  }

  /// Rows alike in every column.
  public static func alike(_ results: [ArchitectureResult]) -> [Row] {
    rows(results).filter { Set($0.values).count == 1 && !$0.overrides.contains { $0 != nil } }
  }
}
