/// What a cluster's volume ratchet remembers between steps so that most steps grow it without
/// dividing or rounding (``ClusterState/growVolume(provisioned:)``, ``ClusterState/volumeGiB()``).
///
/// While the count stays the same, a step that provisions no more bytes than the most any step
/// has provisioned at that count cannot grow each broker's volume: correctly rounded division by a
/// positive count never reverses an order. The whole GiB follow the volume, so they are worked
/// out again only when it grows. A memo, not part of the state: it gives the same volumes.
struct VolumeRatchet: Sendable {
  /// The count and volume (bytes) the memo holds for, and the most provisioned at that count.
  private var count = -1
  private var volume = Double.nan
  private var provisioned = -Double.infinity
  /// The volume whose whole GiB are `sizeGiB` (NaN, equal to nothing, before the first).
  private var sizedBytes = Double.nan
  private var sizeGiB = 0.0

  /// Grows `volume` (bytes per broker) to `provisioned` bytes over `count` brokers:
  /// `volume = max(volume, provisioned ÷ count)`, skipped when it cannot change.
  @inline(__always)
  mutating func grow(_ volume: inout Double, provisioned: Double, count: Int) {
    if count == self.count && volume == self.volume {
      if provisioned <= self.provisioned { return }
      self.provisioned = max(self.provisioned, provisioned)
    } else {
      (self.count, self.provisioned) = (count, provisioned)
    }
    volume = max(volume, provisioned / Double(count))
    self.volume = volume
  }

  /// `volume` bytes in whole GiB (``GP3Volume/sizeGiB(_:)``), remembered for the last volume.
  @inline(__always)
  mutating func sizeGiB(_ volume: Double) -> Double {
    if volume != sizedBytes {
      sizedBytes = volume
      sizeGiB = GP3Volume.sizeGiB(DataSize(bytes: volume))
    }
    return sizeGiB
  }
}
