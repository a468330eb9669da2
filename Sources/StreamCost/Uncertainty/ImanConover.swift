import Foundation

/// Rank correlation between inputs by the Iman–Conover method (Iman and Conover, "A
/// distribution-free approach to inducing rank correlation among input variables",
/// Communications in Statistics B 11(3), 1982).
///
/// Each input's drawn values are kept (so its distribution and Latin hypercube strata are
/// untouched) and only their order among the samples changes: they are re-paired so that their
/// ranks follow a matrix of van der Waerden normal scores, Φ⁻¹(i/(n+1)), whose correlation has
/// been made exactly the target by the Cholesky correction of the method.
///
/// A stated correlation is Spearman's rank correlation r. For normal scores the Pearson
/// correlation that gives it is ρ = 2 sin(π r / 6) (Pearson 1907; Kruskal, JASA 53, 1958), which is
/// what the scores are given, so that the samples' rank correlation comes out at r.
public enum ImanConover {
  /// The Pearson correlation of normal scores whose rank correlation is `spearman`.
  public static func scoreCorrelation(spearman: Double) -> Double { 2 * sin(Double.pi * spearman / 6) }

  /// `columns` (each the values of one input, all of one length n) re-ordered so that their rank
  /// correlations approach `target` (Spearman, symmetric, ones on the diagonal, positive definite
  /// once turned into score correlations). Nil when n is too small for the scores' correlation
  /// to be positive definite (n must exceed the number of columns).
  public static func correlated(_ columns: [[Double]], target: [[Double]], rng: inout SplitMix64) -> [[Double]]? {
    let k = columns.count
    guard k > 1, let n = columns.first?.count, n > k else { return k <= 1 ? columns : nil }
    let scoresTarget = target.map { $0.map(scoreCorrelation) }
    guard let p = Cholesky(scoresTarget) else { return nil }
    let scores = (1...n).map { InverseNormal.quantile(Double($0) / Double(n + 1)) }
    var s = [[Double]](repeating: [Double](repeating: 0, count: k), count: n)
    for j in 0..<k {
      let order = rng.permutation(n)
      for i in 0..<n { s[i][j] = scores[order[i]] }
    }
    guard let q = Cholesky(correlation(s)) else { return nil }
    let t = s.map { p.multiply(q.solve($0)) }
    return (0..<k).map { j in
      let sortedValues = columns[j].sorted()
      let rows = (0..<n).sorted { a, b in t[a][j] != t[b][j] ? t[a][j] < t[b][j] : a < b }
      var column = [Double](repeating: 0, count: n)
      for (rank, row) in rows.enumerated() { column[row] = sortedValues[rank] }
      return column
    }
  }

  /// Pearson correlation matrix of the columns of `rows`.
  static func correlation(_ rows: [[Double]]) -> [[Double]] {
    let k = rows[0].count
    let n = Double(rows.count)
    let means = (0..<k).map { j in rows.reduce(0) { $0 + $1[j] } / n }
    var c = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for a in 0..<k {
      for b in a..<k {
        let sum = rows.reduce(0) { $0 + ($1[a] - means[a]) * ($1[b] - means[b]) }
        c[a][b] = sum
        c[b][a] = sum
      }
    }
    let scale = (0..<k).map { c[$0][$0].squareRoot() }
    return (0..<k).map { a in (0..<k).map { b in c[a][b] / (scale[a] * scale[b]) } }
  }

  /// Spearman's rank correlation of two equally long lists (ties take their mean rank).
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    let rx = ranks(x)
    let ry = ranks(y)
    return correlation(zip(rx, ry).map { [$0, $1] })[0][1]
  }

  /// 1-based ranks, ties sharing their mean rank.
  static func ranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var result = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for i in start...end { result[order[i]] = rank }
      start = end + 1
    }
    return result
  }
}
