/// The Cholesky factor of a symmetric matrix: the lower-triangular L with L Lᵀ = A, which exists
/// exactly when A is positive definite (Golub and Van Loan, Matrix Computations, §4.2).
public struct Cholesky: Sendable {
  /// Row-major lower-triangular factor.
  public let lower: [[Double]]

  /// Nil when `matrix` is not positive definite (a pivot at or below `tolerance`).
  public init?(_ matrix: [[Double]], tolerance: Double = 1e-12) {
    let n = matrix.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      for j in 0...i {
        var sum = matrix[i][j]
        for k in 0..<j { sum -= l[i][k] * l[j][k] }
        if i == j {
          guard sum > tolerance else { return nil }
          l[i][i] = sum.squareRoot()
        } else {
          l[i][j] = sum / l[j][j]
        }
      }
    }
    lower = l
  }

  /// L x.
  public func multiply(_ x: [Double]) -> [Double] {
    lower.indices.map { i in (0...i).reduce(0) { $0 + lower[i][$1] * x[$1] } }
  }

  /// L⁻¹ b, by forward substitution.
  public func solve(_ b: [Double]) -> [Double] {
    var y = [Double](repeating: 0, count: b.count)
    for i in b.indices {
      var sum = b[i]
      for k in 0..<i { sum -= lower[i][k] * y[k] }
      y[i] = sum / lower[i][i]
    }
    return y
  }
}
