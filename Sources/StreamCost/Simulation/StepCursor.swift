/// A track's steps in order, each with its sums and billed month: local-disk sums are worked out
/// a block of steps at a time into one buffer (or read from those the `peak` pass kept).
struct StepCursor {
  private let inputs: RunInputs
  private let localDisk: LocalDiskPlan?
  /// The local-disk sums of every step, when the `peak` pass kept them (else empty).
  private let kept: [LocalDiskSums]
  private var scratch: [LocalDiskSums] = []
  private let end: Int
  private var k: Int
  /// The first step of the block whose sums `scratch` holds, and the step after it.
  private var blockFirst: Int
  private var blockEnd: Int
  /// The billed month of the step last returned.
  private(set) var month: Int
  private var monthEnd: Int

  init(_ steps: Range<Int>, _ inputs: RunInputs, localDisk: LocalDiskPlan?, kept: [LocalDiskSums]) {
    self.inputs = inputs
    self.localDisk = localDisk
    self.kept = kept
    end = steps.upperBound
    k = steps.lowerBound
    (blockFirst, blockEnd) = (k, k)
    month = inputs.calendar.month(ofStep: k)
    monthEnd = inputs.calendar.steps(inMonth: month).upperBound
  }

  /// The next step, its sums, and whether it starts a month (``month``); nil after the last.
  @inline(__always)
  mutating func next() -> (k: Int, load: StepSums, newMonth: Bool)? {
    guard k < end else { return nil }
    if k == blockEnd, kept.isEmpty, let plan = localDisk {
      (blockFirst, blockEnd) = (k, min(end, k + Simulator.blockSteps))
      scratch.removeAll(keepingCapacity: true)
      plan.append(blockFirst..<blockEnd, inputs.load, to: &scratch)
    }
    var newMonth = false
    while k == monthEnd {
      month += 1
      monthEnd = inputs.calendar.steps(inMonth: month).upperBound
      newMonth = true
    }
    let local: LocalDiskSums? = !kept.isEmpty ? kept[k] : localDisk == nil ? nil : scratch[k - blockFirst]
    defer { k += 1 }
    return (k, inputs.load.sums(k, local: local), newMonth)
  }
}
