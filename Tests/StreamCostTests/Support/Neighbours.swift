extension Double {
  /// This value and the `ulps` representable values on each side of it, in order: the inputs that
  /// test a shortcut or a rounding right at a boundary.
  func neighbours(ulps: Int) -> [Double] {
    var edge = self
    for _ in 0..<ulps { edge = edge.nextDown }
    var values: [Double] = []
    for _ in 0...(2 * ulps) {
      values.append(edge)
      edge = edge.nextUp
    }
    return values
  }
}
