#if canImport(Glibc)
import CMalloc
#endif

/// Keeps large blocks in the allocator's heap.
///
/// A sweep allocates and frees the same few arrays of a year of steps (hundreds of KB each) for
/// every combination. By default glibc maps each block of 128 KiB or more afresh and unmaps it
/// when freed, so every combination pays page faults, and every unmap interrupts the other
/// cores to flush their address caches: measured on a 2-core machine, a 2-job sweep ran about
/// 17 % slower per combination than with the heap kept. Blocks up to 64 MiB therefore come from
/// the heap, and up to 256 MiB of freed heap is kept for the next combination rather than
/// returned. (glibc only; elsewhere the allocator's defaults stand.)
enum AllocatorTuning {
  static let mmapThreshold: Int32 = 64 << 20
  static let trimThreshold: Int32 = 256 << 20

  static func apply() {
    #if canImport(Glibc)
    _ = mallopt(M_MMAP_THRESHOLD, mmapThreshold)
    _ = mallopt(M_TRIM_THRESHOLD, trimThreshold)
    #endif
  }
}
