import Foundation

/// One bound on an input number: the value the model compares against, and how a message writes it.
public struct InputLimit<Value: Comparable & Sendable>: Sendable {
  /// The bound, in the model's units (bytes, bytes/s, seconds, a count or a ratio).
  public let value: Value
  /// The bound as people write it, e.g. `100 TB/s`, `10,000`.
  public let text: String

  public init(_ value: Value, _ text: String) {
    self.value = value
    self.text = text
  }
}

/// Every bound on the numbers a scenario or a price book may hold, in one place.
///
/// The simulator counts brokers, steps and segments in `Int` and meters bytes in `Double`. A
/// number with no bound (a fan-out of 2^63−1, a write of 1e14 TB/s, a vCPU count of 1e20) makes
/// that arithmetic trap or turn infinite. Each key is therefore checked where it is read, and a
/// value past its bound is refused (exit 65) with the key and the bound, before anything is
/// simulated. Each bound sits at least ten times past anything a real cluster or price list holds,
/// so a realistic scenario never meets one; together they keep every count the simulator makes
/// below about 10^15, far inside `Int` (9.2 × 10^18).
public enum InputLimits {
  // MARK: Feeds

  /// `feeds[].write`, `catch_up.rate`, `replay.rate` and each measured-series value. The largest
  /// Kafka fleets publicly described carry a few TB/s in total; 100 TB/s is thirty times that.
  public static let write = InputLimit(DataRate(bytesPerSecond: 100e12), "100 TB/s")
  /// The whole cluster's peak write: every feed's `write` × the highest its own and the cluster's
  /// profiles can reach (peak hour, overlapping spikes, compounded growth, measured peaks). The
  /// broker counts the simulator derives from it then stay below 10^10.
  public static let peakWrite = InputLimit(DataRate(bytesPerSecond: 1e15), "1 PB/s")
  /// `feeds[].fan_out`: consumer groups reading the tail. Real feeds have a handful to hundreds.
  public static let fanOut = InputLimit(10_000, "10,000")
  /// `feeds[].partitions`: a million partitions is already far past one Kafka cluster's practice.
  public static let partitions = InputLimit(10_000_000, "10,000,000")
  /// `feeds[].retention` and every other duration that measures kept data: ten years of 8,760 h.
  public static let retention = InputLimit(TimeSpan.hours(10 * 8_760), "10y")
  /// `feeds[].message_size`: Kafka's own message limit defaults to 1 MiB.
  public static let messageSize = InputLimit(DataSize.gib(1), "1 GiB")
  /// `feeds[].replay.every`: shortest interval between replays (the shortest simulated step).
  public static let replayInterval = InputLimit(TimeSpan.minutes(1), "1m")

  // MARK: Topology

  /// `topology.azs`: the largest AWS region has six availability zones.
  public static let azs = InputLimit(16, "16")
  /// `topology.replication_factor`: Kafka clusters run 2 to 5 copies.
  public static let replicationFactor = InputLimit(16, "16")
  /// Lowest `network_utilisation`, `disk_utilisation` and `cpu_target`: capacity planned below
  /// 1 % of an instance multiplies the broker count by more than a hundred.
  public static let utilisation = InputLimit(Fraction(0.01), "1%")

  // MARK: Load profiles

  /// `peak_multiplier` and each spike's `multiplier`: peak ÷ average of a real daily wave is
  /// below 10, an incident or a campaign rarely 100.
  public static let multiplier = InputLimit(1_000.0, "1,000")
  /// Each `hourly` and `weekly` factor (they are normalised to mean 1, so only their ratios count).
  public static let profileFactor = InputLimit(1_000_000.0, "1,000,000")
  /// `growth`: doubling every month is already a startup's best year; compounded over the
  /// horizon, ``peakWrite`` bounds the result.
  public static let growthPerMonth = InputLimit(1.0, "100%/month")
  /// Values the run keeps for its load shapes: each distinct shaped profile among the feeds keeps
  /// two values a step over its warm-up and the horizon (docs/model.md §5.1), 8 bytes each. 64
  /// million keep a run's load within 512 MB, whatever the number of feeds (a feed adds no array).
  public static let loadShapeValues = InputLimit(64_000_000.0, "64,000,000")
  /// Spikes in one `spikes:` list, failure `events`, and `schedule` entries of one architecture.
  public static let listEntries = InputLimit(10_000, "10,000")

  // MARK: Architectures

  /// `controllers`: KRaft runs 3 or 5.
  public static let controllers = InputLimit(1_000, "1,000")
  /// Smallest size for `segment_bytes`, `disk_io_size`, `multipart_part_size`, `remote_read_chunk`
  /// and `read_chunk`: each divides a byte rate into a count of files, I/Os or requests.
  public static let smallestBlock = InputLimit(DataSize(bytes: 1_024), "1 KiB")
  /// Largest of those sizes, and of `wal_volume`: S3 parts stop at 5 GiB, Kafka segments at 2 GiB.
  public static let largestBlock = InputLimit(DataSize.tib(1), "1 TiB")
  /// `max_disk_per_broker`: from one GiB (below that a broker holds nothing) to a petabyte.
  public static let smallestBrokerDisk = InputLimit(DataSize.gib(1), "1 GiB")
  public static let largestBrokerDisk = InputLimit(DataSize(bytes: 1e15), "1 PB")
  /// Shortest `segment_ms` and `batch_interval`: each divides time into a count of files or PUTs.
  public static let shortestInterval = InputLimit(TimeSpan.milliseconds(1), "1ms")
  /// Longest `batch_interval`: an agent buffering more than an hour is no longer streaming.
  public static let longestBatch = InputLimit(TimeSpan.hours(1), "1h")
  /// `extra_objects_per_segment`.
  public static let objectsPerSegment = InputLimit(1_000, "1,000")
  /// `put_per_mbps`, `get_per_mbps`: requests per MB/s; the measured medians are about 0.2–0.3.
  public static let requestsPerMBps = InputLimit(10_000.0, "10,000")
  /// `request_floor`: requests/s per broker.
  public static let requestFloor = InputLimit(1_000_000.0, "1,000,000")
  /// `compaction_read`: share of W read back by compaction (measured 0.5).
  public static let compactionRead = InputLimit(100.0, "100")
  /// `throughput_per_vcpu`: from 1 MB/s to 100 GB/s (a whole memory bus).
  public static let smallestVCPUThroughput = InputLimit(DataRate.mbps(1), "1 MB/s")
  public static let largestVCPUThroughput = InputLimit(DataRate(bytesPerSecond: 100e9), "100 GB/s")
  /// `compaction_levels`: each level rewrites every byte once; LSM stores use up to 7.
  public static let compactionLevels = InputLimit(10, "10")
  /// `compaction_fan_in`: files merged at once.
  public static let compactionFanIn = InputLimit(10_000, "10,000")

  // MARK: Scaling

  /// `schedule[].count`: brokers or agents at once.
  public static let scheduledCount = InputLimit(1_000_000, "1,000,000")
  /// `throttle`: from 1 MB/s (slower and a move never ends) to ``write``.
  public static let smallestThrottle = InputLimit(DataRate.mbps(1), "1 MB/s")
  /// `instance_start`, `partition_move`: a day is past any cloud's worst start-up time.
  public static let leadTime = InputLimit(TimeSpan.days(1), "1d")

  // MARK: Price books

  /// `instances.csv` `vcpu`: the largest instances sold have under 1,000 vCPUs.
  public static let vcpus = InputLimit(10_000.0, "10,000")
  /// `memory_gib`: the largest instances have 32 TiB.
  public static let memoryGiB = InputLimit(1_000_000.0, "1,000,000")
  /// `network_baseline_gbps`, `network_burst_gbps`: from 10 Mbit/s to 100 Tbit/s.
  public static let smallestNetworkGbps = InputLimit(0.01, "0.01")
  public static let largestNetworkGbps = InputLimit(100_000.0, "100,000")
  /// `local_nvme_gb`: a petabyte.
  public static let localNVMeGB = InputLimit(1_000_000.0, "1,000,000")
  /// `ebs_baseline_mbps`: from 1 Mbit/s to 100 Tbit/s.
  public static let smallestEBSMbps = InputLimit(1.0, "1")
  public static let largestEBSMbps = InputLimit(100_000_000.0, "100,000,000")
  /// Any `price` (per hour, GiB-month, request…): list prices are below a thousand.
  public static let price = InputLimit(Decimal(1_000_000), "1,000,000")
  /// `tier_start`: in the rate's unit; the largest published tier starts at 5 PB.
  public static let tierStart = InputLimit(Decimal(string: "1000000000000000")!, "10^15")
  /// Rows in one price-book file (a real book has a few hundred).
  public static let priceRows = InputLimit(1_000_000, "1,000,000")

  // MARK: YAML

  /// Nodes a scenario may expand to, counting each alias as a copy of what it names. A
  /// 12-line alias bomb expands to billions of nodes; the largest shipped scenario has under 300.
  public static let yamlNodes = InputLimit(1_000_000, "1,000,000")
}
