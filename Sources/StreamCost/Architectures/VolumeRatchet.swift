/// What a cluster's volume ratchet remembers between steps so that most steps grow it without
/// dividing or rounding (``ClusterState/growVolume(stored:utilisation:)``, ``ClusterState/volumeGiB()``).
///
/// While the count and disk utilisation stay the same, a step that stores no more bytes than the
/// most any step has stored at them cannot grow each broker's volume: correctly rounded division
/// by a positive number never reverses an order. The whole GiB follow the volume, so they are
/// worked out again only when it grows. A memo, not part of the state: it gives the same volumes.
struct VolumeRatchet: Sendable {
  /// The count, utilisation and volume (bytes) the memo holds for, and the most stored at them.
  private var count = -1
  private var utilisation = Double.nan
  private var volume = Double.nan
  private var stored = -Double.infinity
  /// The volume whose whole GiB are `sizeGiB` (NaN, equal to nothing, before the first).
  private var sizedBytes = Double.nan
  private var sizeGiB = 0.0

  /// Grows `volume` (bytes per broker) to hold `stored` bytes provisioned at `utilisation` over
  /// `count` brokers: `volume = max(volume, stored ÷ utilisation ÷ count)`, skipped (with both
  /// divisions) when it cannot change.
  @inline(__always)
  mutating func grow(_ volume: inout Double, stored: Double, utilisation: Double, count: Int) {
    if count == self.count && utilisation == self.utilisation && volume == self.volume {
      if stored <= self.stored { return }
      self.stored = stored
    } else {
      (self.count, self.utilisation, self.stored) = (count, utilisation, stored)
    }
    volume = max(volume, stored / utilisation / Double(count))
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
