/// Suggests the closest known names for a misspelt one (edit distance).
public enum Nearest {
  /// Up to `limit` candidates within a small edit distance of `name`, closest first.
  public static func matches(for name: String, in candidates: [String], limit: Int = 3) -> [String] {
    let threshold = max(2, name.count / 3)
    return candidates
      .map { ($0, distance(name.lowercased(), $0.lowercased())) }
      .filter { $0.1 <= threshold }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
      .prefix(limit)
      .map(\.0)
  }

  /// Levenshtein distance between two strings.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
