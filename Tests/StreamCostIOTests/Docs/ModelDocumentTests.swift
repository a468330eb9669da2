import Foundation
import Testing

/// docs/model.md, the model specification, stays in step with what cites it: every section the
/// sources, the README and docs/ cite is a heading, and every documented default's key is in its §6 table.
@Suite struct ModelDocumentTests {
  static let root = TestSupport.packageRoot
  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Section numbers the document has as headings: `## §3 …`, `### §3.1 …`.
  static func headings() throws -> Set<String> {
    let lines = try text("docs/model.md").split(separator: "\n").filter { $0.hasPrefix("#") }
    return Set(lines.compactMap { line -> String? in
      let first = line.drop { $0 == "#" || $0 == " " }.prefix { $0 != " " }
      return first.hasPrefix("§") ? String(first.dropFirst()) : nil
    })
  }

  /// Every section `text` cites after `docs/model.md`: `§3.1`, both ends of `§1–2`, and the
  /// `§2, §3.5` that follow in the same parenthesis or sentence.
  static func citations(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let range = rest.range(of: "docs/model.md") {
      let tail = rest[range.upperBound...].prefix { !"\")\n;:`|".contains($0) }
      for token in tail.split(whereSeparator: { " ,(".contains($0) }) where token.hasPrefix("§") {
        found += token.dropFirst().split(separator: "–").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
      }
      rest = rest[range.upperBound...]
    }
    return found
  }

  /// Every Swift source, the README and the user documentation.
  static func citingFiles() -> [String] {
    func files(under folder: String, ending suffix: String) -> [String] {
      let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
      return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
    }
    return files(under: "Sources", ending: ".swift") + ["README.md"] + files(under: "docs", ending: ".md")
  }

  @Test func theCitationReaderFindsEverySectionOfAParenthesis() {
    #expect(Self.citations(in: "(docs/model.md §5, §1.5, §2); x") == ["5", "1.5", "2"])
    #expect(Self.citations(in: "load (docs/model.md §1–2).") == ["1", "2"])
    #expect(Self.citations(in: "\"docs/model.md §7: half\" docs/model.md §0.2") == ["7", "0.2"])
  }

  @Test func everySectionTheSourcesCiteIsAHeading() throws {
    let headings = try Self.headings()
    #expect(headings.isSuperset(of: ["0", "0.1", "0.2", "1", "1.5", "5", "6", "7", "8"]))
    var cited = 0
    for file in Self.citingFiles() {
      for section in Self.citations(in: try Self.text(file)) {
        cited += 1
        #expect(headings.contains(section), "\(file) cites docs/model.md §\(section), which is not a heading")
      }
    }
    #expect(cited > 50, "the sources cite the model specification (\(cited) citations found)")
  }

  @Test func nothingCitesAFileTheRepositoryDoesNotHold() throws {
    for file in Self.citingFiles() {
      let text = try Self.text(file)
      for outside in ["MODEL.md", "DESIGN.md", "physics §", "reference/pricing-facts", "reference/model-physics"] {
        #expect(!text.contains(outside), "\(file) cites \(outside), which is not in the repository")
      }
    }
  }

  @Test func everyDocumentedDefaultIsInTheDefaultsTable() throws {
    let model = try Self.text("docs/model.md")
    let start = try #require(model.range(of: "## §6 Defaults"))
    let end = try #require(model.range(of: "## §7", range: start.upperBound..<model.endIndex))
    let table = model[start.upperBound..<end.lowerBound]
    let defaults = try Self.text("Sources/StreamCost/Model/ModelDefaults.swift")
    let keys = defaults.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  /// `") else { return nil }
      let key = line.dropFirst(7).prefix { $0 != "`" }
      return key.hasPrefix("feeds[].") ? String(key.dropFirst(8)) : String(key)
    }
    // 33 since controller_instance and max_disk_per_broker became price-book facts (facts.csv).
    #expect(keys.count >= 33)
    for key in keys {
      #expect(table.contains("| `\(key)` |"), "ModelDefaults.\(key) is missing from docs/model.md §6")
    }
  }
}
