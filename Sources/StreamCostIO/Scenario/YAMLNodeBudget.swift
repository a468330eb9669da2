import CYaml
import StreamCost

/// Refuses YAML that expands past ``InputLimits/yamlNodes`` nodes, before it is composed.
///
/// An alias stands for a copy of the node its anchor names, so a dozen lines of anchors and
/// aliases can stand for billions of nodes (an "alias bomb"). Yams composes aliases as shared
/// nodes, but hashes a mapping's keys whole to find duplicates, and the scenario reader walks
/// every value: both take time in proportion to the expanded size. This pass reads the text's
/// events with libyaml (the parser Yams itself is built on), counts each alias as the size of
/// what it names, and stops at the budget, so the cost of a check is proportional to the text.
enum YAMLNodeBudget {
  /// Throws when `text` expands past the budget. Malformed YAML passes: Yams then reports it
  /// with its line and column.
  static func check(_ text: String, file: String, budget: Int = InputLimits.yamlNodes.value) throws(InputError) {
    var bytes = Array(text.utf8)
    let line: Int? = bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var counter = Counter(budget: budget)
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return nil }
        if !counter.count(event) { return Int(event.start_mark.line) + 1 }
      }
    }
    if let line {
      throw InputError(
        file: file, line: line,
        message: "YAML aliases expand to more than \(InputLimits.yamlNodes.text) nodes, the limit",
        accepted: "a scenario without alias chains that multiply (docs/limits-and-guarantees.md)")
    }
  }

  /// Expanded sizes of open collections and of anchored nodes, and the document total.
  struct Counter {
    let budget: Int
    var open: [(anchor: String?, size: Int)] = []
    var anchors: [String: Int] = [:]
    var total = 0

    /// Adds one event; false once the budget is passed.
    mutating func count(_ event: yaml_event_t) -> Bool {
      let finished: (anchor: String?, size: Int)
      switch event.type {
      case YAML_SCALAR_EVENT: finished = (Self.name(event.data.scalar.anchor), 1)
      case YAML_ALIAS_EVENT: finished = (nil, Self.name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1)
      case YAML_SEQUENCE_START_EVENT:
        open.append((Self.name(event.data.sequence_start.anchor), 1))
        return true
      case YAML_MAPPING_START_EVENT:
        open.append((Self.name(event.data.mapping_start.anchor), 1))
        return true
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let last = open.popLast() else { return true }
        finished = last
      default: return true
      }
      if let anchor = finished.anchor { anchors[anchor] = finished.size }
      if open.isEmpty {
        total = min(budget + 1, total + finished.size)
        return total <= budget
      }
      open[open.count - 1].size = min(budget + 1, open[open.count - 1].size + finished.size)
      return open[open.count - 1].size <= budget
    }

    static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}
