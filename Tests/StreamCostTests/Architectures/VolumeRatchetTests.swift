import Testing

@testable import StreamCost

/// Each broker's volume grows as the rule says, max(volume, provisioned ÷ count) at every step,
/// and its whole GiB are ⌈volume ÷ 1 GiB⌉ (at least 1), whether or not the ratchet skips a step.
struct VolumeRatchetTests {
  static let gib = 1_073_741_824.0

  /// 3 brokers provisioning 300 GiB hold 100 GiB each; 240 GiB later fits; 330 GiB needs 110 GiB.
  /// At 6 brokers 330 GiB is 55 GiB each, so the volumes stay at 110 GiB (they never shrink);
  /// 720 GiB over 6 is 120 GiB.
  @Test func handWorkedSteps() {
    var state = ClusterState(count: 3)
    let steps: [(count: Int, provisioned: Double, volume: Double)] = [
      (3, 300, 100), (3, 240, 100), (3, 330, 110), (6, 330, 110), (6, 720, 120), (6, 600, 120),
    ]
    for step in steps {
      state.count = step.count
      state.growVolume(stored: step.provisioned * Self.gib, utilisation: 1)
      #expect(state.volumeBytes == step.volume * Self.gib)
      #expect(state.volumeGiB() == step.volume)
    }
  }

  /// A long run of stored bytes that rises, falls, repeats and ties, with the count (and once the
  /// disk utilisation) changing now and then: step by step the state holds what the plain rule
  /// S ÷ U_disk ÷ N gives, and so do its whole GiB.
  @Test func followsThePlainRule() {
    var state = ClusterState(count: 4)
    var plain = 0.0
    var skipped = 0
    for k in 0..<2_000 {
      let count = [4, 4, 4, 5, 7, 4][(k / 97) % 6]
      let utilisation = k < 1_500 ? 0.7 : 0.9
      // A wave with a slow rise, plus values repeated exactly.
      let stored = (k % 13 == 0 ? 500 : 300 + 200 * Double((k * 37) % 101) / 101 + Double(k) / 10) * Self.gib / 3
      let before = state.volumeBytes
      state.count = count
      state.growVolume(stored: stored, utilisation: utilisation)
      plain = max(plain, stored / utilisation / Double(count))
      #expect(state.volumeBytes == plain, "step \(k)")
      #expect(state.volumeGiB() == GP3Volume.sizeGiB(DataSize(bytes: plain)))
      if state.volumeBytes == before { skipped += 1 }
    }
    #expect(skipped > 1_000)
  }

  /// The memo is not part of the state: states of equal count and volume are equal and hash alike.
  @Test func theMemoIsNotPartOfTheState() {
    var grown = ClusterState(count: 3)
    grown.growVolume(stored: 300 * Self.gib, utilisation: 1)
    let made = ClusterState(count: 3, volumeBytes: 100 * Self.gib)
    #expect(grown == made)
    #expect(grown.hashValue == made.hashValue)
  }
}
