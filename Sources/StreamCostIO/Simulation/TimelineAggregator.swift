import StreamCost

/// Aggregates the timeline into buckets of `steps` consecutive steps per architecture before
/// passing it on (`--timeline-step 1h` over one-minute steps: buckets of 60).
///
/// Each bucket becomes one row, at the time of its first step:
///
/// - rates (write, tail read, catch-up read) and utilisation: the mean over the bucket's steps
///   (utilisation is infinite, so its cell empty, if any step had nothing serving);
/// - counts (needed, target, running, serving): the **maximum** over the bucket, not the mean —
///   capacity questions are about peaks, and a mean of broker counts is not a count;
/// - `short`: true if any step of the bucket was short;
/// - bytes held (object, local): at the end of the bucket (its last step);
/// - costs: the sum over the bucket, so the columns still add up to the whole horizon.
///
/// Rows must arrive in step order, all architectures of a step together (step 0 architecture 0,
/// step 0 architecture 1, …), as the simulator sends them; each bucket is passed on as soon as
/// its last step arrives, so buckets leave in the same order. Buckets start at step 0; when the
/// horizon is not a whole number of buckets, ``flush()`` passes on the shorter last one, its
/// means taken over its own steps.
public struct TimelineAggregator<Inner: TimelineRowSink>: TimelineRowSink {
  /// Steps per bucket, at least 1 (1 passes every row on unchanged).
  public let steps: Int
  /// Where the buckets go. Call ``flush()`` before finishing it.
  public var inner: Inner
  /// The open bucket of each architecture, by index.
  var open: [TimelineRow?] = []

  /// Buckets of `steps` steps.
  public init(inner: Inner, steps: Int) throws(InputError) {
    guard steps >= 1 else {
      throw InputError(
        file: Self.option, message: "a bucket of \(steps) steps is not possible", accepted: "a whole number of steps, at least 1")
    }
    self.inner = inner
    self.steps = steps
  }

  /// Buckets of `bucket` over a simulation of `step`-long steps; `bucket` must be a whole
  /// number (≥ 1) of steps.
  public init(inner: Inner, bucket: TimeSpan, step: TimeSpan) throws(InputError) {
    let ratio = bucket.seconds / step.seconds
    let whole = ratio.rounded()
    guard step.seconds > 0, ratio.isFinite, whole >= 1, (ratio - whole).magnitude <= Self.wholeTolerance * whole else {
      throw InputError(
        file: Self.option,
        message: "\(Format.duration(bucket)) is not a whole number of the simulation's \(Format.duration(step)) steps",
        accepted: "a whole multiple of the step: \(Self.multiples(of: step))")
    }
    try self.init(inner: inner, steps: Int(whole))
  }

  /// The command-line option the errors name (as their `file`).
  public static var option: String { "--timeline-step" }
  /// Relative slack allowed when dividing a bucket by the step (binary fractions of seconds).
  static var wholeTolerance: Double { 1e-9 }
  /// How many multiples of the step the error message lists.
  static var listedMultiples: Int { 3 }

  /// `1m, 2m, 3m, …`
  static func multiples(of step: TimeSpan) -> String {
    (1...listedMultiples).map { Format.duration(TimeSpan(seconds: step.seconds * Double($0))) }.joined(separator: ", ") + ", …"
  }

  public mutating func accept(_ row: TimelineRow) {
    let a = row.architecture
    guard a >= 0 else { return inner.accept(row) }
    if open.count <= a { open.append(contentsOf: repeatElement(nil, count: a + 1 - open.count)) }
    guard var bucket = open[a] else {
      open[a] = Self.started(row)
      return closeIfFull(a)
    }
    bucket.steps += row.steps
    bucket.write += row.write * Double(row.steps)
    bucket.tailRead += row.tailRead * Double(row.steps)
    bucket.catchUpRead += row.catchUpRead * Double(row.steps)
    bucket.utilisation += row.utilisation * Double(row.steps)
    bucket.needed = max(bucket.needed, row.needed)
    bucket.target = max(bucket.target, row.target)
    bucket.running = max(bucket.running, row.running)
    bucket.serving = max(bucket.serving, row.serving)
    bucket.short = bucket.short || row.short
    bucket.objectBytes = row.objectBytes
    bucket.localBytes = row.localBytes
    if bucket.cost.count < row.cost.count {
      bucket.cost.append(contentsOf: repeatElement(0, count: row.cost.count - bucket.cost.count))
    }
    for i in row.cost.indices { bucket.cost[i] += row.cost[i] }
    open[a] = bucket
    closeIfFull(a)
  }

  /// Passes on every open (shorter, last) bucket, in architecture order.
  public mutating func flush() {
    for a in open.indices { close(a) }
  }

  /// A bucket holding one row; rates and utilisation are kept as step-weighted sums until closed.
  static func started(_ row: TimelineRow) -> TimelineRow {
    var bucket = row
    let weight = Double(row.steps)
    bucket.write *= weight
    bucket.tailRead *= weight
    bucket.catchUpRead *= weight
    bucket.utilisation *= weight
    return bucket
  }

  mutating func closeIfFull(_ a: Int) {
    if let bucket = open[a], bucket.steps >= steps { close(a) }
  }

  mutating func close(_ a: Int) {
    guard var bucket = open[a] else { return }
    open[a] = nil
    let weight = Double(bucket.steps)
    bucket.write /= weight
    bucket.tailRead /= weight
    bucket.catchUpRead /= weight
    bucket.utilisation /= weight
    inner.accept(bucket)
  }
}
