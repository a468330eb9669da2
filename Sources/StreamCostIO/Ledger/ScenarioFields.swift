import Yams

/// Flattens a scenario's YAML into key path → value (`feeds[0].write` → `120 MB/s`), so that
/// two recorded scenarios can be compared field by field.
public enum ScenarioFields {
  /// The leaves of `text`; empty when it does not parse or expands past the YAML node budget
  /// (a recorded scenario always did parse, within the budget, unless the ledger was edited).
  public static func flatten(_ text: String) -> [String: String] {
    guard (try? YAMLNodeBudget.check(text, file: "")) != nil, let node = try? Yams.compose(yaml: text) else { return [:] }
    var fields: [String: String] = [:]
    walk(node, path: "", into: &fields)
    return fields
  }

  static func walk(_ node: Node, path: String, into fields: inout [String: String]) {
    switch node {
    case .scalar(let scalar):
      fields[path] = scalar.string
    case .mapping(let mapping):
      for (key, value) in mapping {
        let name = key.string ?? ""
        walk(value, path: path.isEmpty ? name : "\(path).\(name)", into: &fields)
      }
    case .sequence(let sequence):
      for (i, item) in sequence.enumerated() { walk(item, path: "\(path)[\(i)]", into: &fields) }
    case .alias:
      break
    }
  }
}
