/// A one-line chart of integers in block characters, for terminal reports.
///
/// Each value maps linearly from the smallest (`▁`) to the largest (`█`) onto the eight blocks
/// `▁▂▃▄▅▆▇█`, rounded to the nearest block. When all values are equal every value is the
/// smallest, so the line is flat at the bottom: all `▁`. The chart has no scale of its own;
/// print the minimum and maximum beside it.
public enum Sparkline {
  /// The blocks from lowest to highest.
  public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One block per value; empty for no values.
  public static func render(_ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "" }
    let top = Double(blocks.count - 1)
    let span = Double(high) - Double(low)
    return String(
      values.map { value in
        guard span > 0 else { return blocks[0] }
        return blocks[Int(((Double(value) - Double(low)) / span * top).rounded())]
      })
  }

  /// `values` shrunk to at most `width` points, each the maximum of a run of consecutive values
  /// (a peak is never averaged away). Runs split the values as evenly as whole numbers allow.
  public static func fitted(_ values: [Int], width: Int) -> [Int] {
    guard width > 0 else { return [] }
    guard values.count > width else { return values }
    return (0..<width).map { point in
      let from = point * values.count / width
      let to = (point + 1) * values.count / width
      return values[from..<to].max() ?? values[from]
    }
  }
}
