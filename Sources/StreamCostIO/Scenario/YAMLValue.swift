import StreamCost
import Yams

/// A YAML node with the key path that leads to it, read into typed values with
/// errors that name the file, line and key path.
struct YAMLValue {
  let node: Node
  let path: String
  let context: YAMLContext

  var line: Int? { node.mark?.line }

  func error(_ message: String, accepted: String? = nil) -> InputError {
    InputError(file: context.file, line: line, field: path, message: message, accepted: accepted)
  }

  /// The scalar text, for values of any scalar kind.
  func scalar(_ expected: String) throws(InputError) -> String {
    guard case .scalar(let scalar) = node else { throw error("expected \(expected), found a \(kindName)") }
    return scalar.string
  }

  var kindName: String {
    switch node {
    case .scalar: "value"
    case .mapping: "mapping"
    case .sequence: "list"
    case .alias: "alias"
    }
  }

  func string() throws(InputError) -> String {
    let text = try scalar("text")
    guard !text.isEmpty else { throw error("is empty", accepted: "text") }
    return text
  }

  func int() throws(InputError) -> Int {
    let text = try scalar("a whole number")
    guard let value = Int(text) else { throw error("'\(text)' is not a whole number", accepted: "e.g. 3") }
    return value
  }

  func double() throws(InputError) -> Double {
    let text = try scalar("a number")
    guard let value = Double(text), value.isFinite else { throw error("'\(text)' is not a number", accepted: "e.g. 0.5") }
    return value
  }

  func bool() throws(InputError) -> Bool {
    let text = try scalar("true or false")
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error("'\(text)' is not a boolean", accepted: "true or false")
    }
  }

  func choice<T: RawRepresentable & CaseIterable>(_: T.Type) throws(InputError) -> T where T.RawValue == String {
    let text = try scalar("one of the listed words")
    guard let value = T(rawValue: text) else {
      throw error("'\(text)' is not accepted", accepted: T.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return value
  }

  func unit<T>(_ parse: (String) throws(UnitParseError) -> T) throws(InputError) -> T {
    let text = try scalar("a quantity with a unit")
    do { return try parse(text) } catch {
      throw self.error("cannot read '\(text)' as a \(error.expected): \(error.reason)", accepted: error.accepted)
    }
  }

  func rate() throws(InputError) -> DataRate { try unit(QuantityParser.rate) }
  func duration() throws(InputError) -> TimeSpan { try unit(QuantityParser.duration) }
  func size() throws(InputError) -> DataSize { try unit(QuantityParser.size) }
  func fraction() throws(InputError) -> Fraction { try unit(QuantityParser.fraction) }

  func list() throws(InputError) -> [YAMLValue] {
    guard case .sequence(let sequence) = node else { throw error("expected a list, found a \(kindName)") }
    return sequence.enumerated().map { YAMLValue(node: $1, path: "\(path)[\($0)]", context: context) }
  }

  /// This node as a mapping whose keys must be among `allowed`. A key that is not is reported to the
  /// context and left out, so that the rest of the mapping is still read.
  func mapping(_ allowed: [String], misplaced: (String) -> String? = { _ in nil }) throws(InputError) -> YAMLMapping {
    guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys, found a \(kindName)") }
    var entries: [(String, YAMLValue)] = []
    for (keyNode, valueNode) in mapping {
      let key = keyNode.string ?? ""
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      guard allowed.contains(key) else {
        let nearest = Nearest.matches(for: key, in: allowed, limit: 1)
        let hint = misplaced(key) ?? nearest.first.map { "did you mean '\($0)'?" } ?? "not a known key"
        context.report(
          InputError(
            file: context.file, line: keyNode.mark?.line, field: childPath, message: "unknown key '\(key)': \(hint)",
            accepted: allowed.joined(separator: ", ")))
        continue
      }
      let child = YAMLValue(node: valueNode, path: childPath, context: context)
      context.record(childPath, line: keyNode.mark?.line)
      entries.append((key, child))
    }
    return YAMLMapping(owner: self, entries: entries)
  }
}

/// The keys of one YAML mapping, looked up by name.
struct YAMLMapping {
  let owner: YAMLValue
  let entries: [(key: String, value: YAMLValue)]

  subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

  func required(_ key: String, accepted: String) throws(InputError) -> YAMLValue {
    guard let value = self[key] else {
      let at = owner.path.isEmpty ? key : "\(owner.path).\(key)"
      throw InputError(
        file: owner.context.file, line: owner.line, field: at, message: "is required but missing", accepted: accepted)
    }
    return value
  }

  /// `read` applied to the key's value when present, else `fallback`. A value that does not read is
  /// reported to the context and `fallback` stands in for it, so that the other keys are still read.
  func optional<T>(_ key: String, _ fallback: T, _ read: (YAMLValue) throws(InputError) -> T) -> T {
    guard let value = self[key] else { return fallback }
    return owner.context.attempt(fallback) { () throws(InputError) in try read(value) }
  }

  /// `read` applied to the required key's value; when the key is missing or its value does not read,
  /// the problem is reported to the context and `placeholder` stands in (the read then fails as a whole).
  func required<T>(_ key: String, accepted: String, placeholder: T, _ read: (YAMLValue) throws(InputError) -> T) -> T {
    owner.context.attempt(placeholder) { () throws(InputError) in try read(try required(key, accepted: accepted)) }
  }
}

/// What reading one file shares: its name and the line of every key path seen.
final class YAMLContext {
  let file: String
  /// Whether the line of each key is recorded (a sweep reading a combination takes its base's).
  let records: Bool
  private(set) var lines: [String: Int] = [:]

  init(file: String, records: Bool = true) {
    self.file = file
    self.records = records
  }

  /// Problems found so far, in the order they were found; reading goes on past each.
  private(set) var problems: [InputError] = []

  func report(_ problem: InputError) { problems.append(problem) }

  /// `body`'s value, or `fallback` with its problem reported.
  func attempt<T>(_ fallback: T, _ body: () throws(InputError) -> T) -> T {
    do { return try body() } catch {
      report(error)
      return fallback
    }
  }

  func record(_ path: String, line: Int?) {
    if records, let line { lines[path] = line }
  }

  var explicitKeys: Set<String> { Set(lines.keys) }
}
