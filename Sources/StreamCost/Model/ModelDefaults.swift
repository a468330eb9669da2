/// Every default of the cost model, in one place, each with its source.
///
/// Section numbers refer to the model specification, `docs/model.md`, whose §6 lists every
/// default and §8 every source. A scenario can override each of these under the key named in
/// the doc comment.
///
/// Facts about the provider (which rate row prices each charge, gp3's included IOPS and
/// throughput and its limits, the default controller type) are not model defaults: they are the
/// price book's (`facts.csv`, read into ``ProviderFacts``), each with its source.
public enum ModelDefaults {
  // MARK: Workload and topology

  /// `feeds[].fan_out`: consumer groups reading the tail.
  public static let fanOut = Documented(1, unit: "consumer groups", source: "docs/model.md §0.1 (F); one reader assumed when unstated")
  /// `feeds[].retention`: Kafka's `retention.ms` default, 7 days.
  public static let retention = Documented(TimeSpan.days(7), unit: "s", source: "Apache Kafka retention.ms default, https://kafka.apache.org/documentation/#topicconfigs_retention.ms (docs/model.md §6)")
  /// `feeds[].message_size`: recorded for reference; no cost line depends on it yet.
  public static let messageSize = Documented(DataSize.kib(1), unit: "bytes", source: "assumption: typical event size; informational")
  /// `topology.azs`.
  public static let azs = Documented(3, unit: "AZs", source: "assumption: three AZs, the usual production layout (docs/model.md §6)")
  /// `topology.replication_factor`.
  public static let replicationFactor = Documented(3, unit: "replicas", source: "assumption: RF 3, the usual production setting (docs/model.md §6)")
  /// `topology.clients`: where clients send their bytes relative to their AZ, on every architecture.
  /// Any AZ is what a client does unless someone configures its zone (Kafka's `client.rack` is empty by
  /// default and `replica.selector.class` reads from leaders, KIP-392; WarpStream and AutoMQ clients
  /// need their zone announced for zone-local routing).
  public static let clients = Documented(ClientPlacement.anyZone, unit: "placement", source: "Apache Kafka client.rack default empty and replica.selector.class reads from leaders, KIP-392, https://cwiki.apache.org/confluence/display/KAFKA/KIP-392%3A+Allow+consumers+to+fetch+from+closest+replica (docs/model.md §0.3)")
  /// `topology.network_utilisation`: U_net, share of an instance's baseline bandwidth planned for use.
  public static let networkUtilisation = Documented(Fraction(0.8), unit: "fraction", source: "assumption: 80 % of baseline bandwidth, never burst (docs/model.md §1.2)")
  /// `topology.disk_utilisation`: U_disk, share of provisioned disk planned to be full.
  public static let diskUtilisation = Documented(Fraction(0.7), unit: "fraction", source: "assumption: 30 % free disk as operating margin (docs/model.md §1.1)")

  // MARK: Kafka (broker-local and tiered)

  /// `segment_bytes`: Kafka `segment.bytes`.
  public static let segmentBytes = Documented(DataSize.gib(1), unit: "bytes", source: "Apache Kafka segment.bytes default, https://kafka.apache.org/documentation/#topicconfigs_segment.bytes (docs/model.md §1.1)")
  /// `segment_ms`: Kafka `segment.ms`, bounds the open segment of a slow partition.
  public static let segmentTime = Documented(TimeSpan.days(7), unit: "s", source: "Apache Kafka segment.ms default, https://kafka.apache.org/documentation/#topicconfigs_segment.ms (docs/model.md §1.1)")
  /// `controllers`: KRaft controller nodes.
  public static let controllers = Documented(3, unit: "nodes", source: "assumption: a three-node KRaft quorum (docs/model.md §1.2)")
  /// `round_to_azs`: broker counts are a multiple of the AZ count, so every AZ holds as many brokers.
  public static let roundToAZs = Documented(true, unit: "bool", source: "assumption: balanced racks, as Kafka's rack-aware assignment spreads replicas evenly only over equal racks (docs/model.md §1.2)")
  /// `disk_io_size`: size of one log I/O; EBS counts SSD I/O up to 256 KiB as one operation.
  public static let diskIOSize = Documented(DataSize.kib(256), unit: "bytes", source: "AWS EBS I/O characteristics: SSD I/O up to 256 KiB counts as one IOPS; Kafka log I/O is sequential")
  /// `local_retention` (kafka-tiered): TL, capped at each feed's retention.
  public static let localRetention = Documented(TimeSpan.hours(6), unit: "s", source: "assumption: a few hours on disk (docs/model.md §2); Kafka's own default -2 (= retention) would disable tiering")
  /// `multipart_part_size` (kafka-tiered): Aiven RSM `s3.multipart.upload.part.size`.
  public static let tieredPartSize = Documented(DataSize.mib(25), unit: "bytes", source: "Aiven tiered-storage RSM default part size 25 MiB, https://github.com/Aiven-Open/tiered-storage-for-apache-kafka (docs/model.md §2)")
  /// `extra_objects_per_segment` (kafka-tiered): `.indexes` and `.rsm-manifest`.
  public static let tieredExtraObjects = Documented(2, unit: "PUTs per segment", source: "Aiven RSM writes .log, .indexes, .rsm-manifest, https://github.com/Aiven-Open/tiered-storage-for-apache-kafka (docs/model.md §2)")
  /// `remote_read_chunk` (kafka-tiered): one GET per chunk of a remote read.
  public static let remoteReadChunk = Documented(DataSize.mib(4), unit: "bytes", source: "Aiven RSM chunk.size, suggested start 4 MiB, https://github.com/Aiven-Open/tiered-storage-for-apache-kafka (docs/model.md §2)")

  // MARK: Shared storage (AutoMQ-style)

  /// `wal_volume`: EBS WAL per broker.
  public static let walVolume = Documented(DataSize.gib(10), unit: "bytes", source: "AutoMQ 10 GiB gp3 WAL, https://docs.automq.com (docs/model.md §3.1)")
  /// `compaction_read`: compaction reads back this share of W.
  public static let compactionRead = Documented(0.5, unit: "× W", source: "AutoMQ measured average, https://github.com/AutoMQ/kafka-provider-comparison (docs/model.md §3.2)", uncertain: true,
    range: (0.25, 1.0, "docs/model.md §7: 0.5 is a measured average, not a bound; half to twice it (assumption)"))
  /// `put_per_mbps`: PUT/s per MB/s written; median of AutoMQ's five measured rows (15.0, 19.5, 20.3, 22.3, 23.3 per 100 MB/s).
  public static let sharedPutPerMBps = Documented(
    0.203, unit: "PUT/s per MB/s", source: "AutoMQ measured table, median row, https://github.com/AutoMQ/kafka-provider-comparison (docs/model.md §3.3)", uncertain: true,
    range: (0.15, 0.3, "docs/model.md §7: the spread of AutoMQ's measured rows, 0.15–0.3 PUT/s per MB/s (sources disagree up to 10×)"))
  /// `get_per_mbps`: GET/s per MB/s written; median of the measured rows (15.3, 28.4, 29.6, 31.4, 36.8 per 100 MB/s).
  public static let sharedGetPerMBps = Documented(
    0.296, unit: "GET/s per MB/s", source: "AutoMQ measured table, median row, https://github.com/AutoMQ/kafka-provider-comparison (docs/model.md §3.3)", uncertain: true,
    range: (0.13, 0.4, "docs/model.md §7: the spread of AutoMQ's measured rows, 0.13–0.4 GET/s per MB/s (sources disagree up to 10×)"))
  /// `request_floor`: PUT/s and GET/s each broker makes even when idle (uploads, compaction, metadata).
  public static let sharedRequestFloor = Documented(1.0, unit: "requests/s per broker", source: "assumption: an order-of-magnitude floor; no published figure (docs/model.md §3.3)", uncertain: true,
    range: (0.25, 4.0, "assumption: 4× either way; 4/s is the object-WAL and diskless floor, 1 PUT per 250 ms (docs/model.md §7)"))
  /// S3 WAL batch interval (AutoMQ ObjectWALConfig batchInterval).
  public static let objectWALBatchInterval = Documented(TimeSpan.milliseconds(256), unit: "s", source: "AutoMQ ObjectWALConfig batchInterval 256 ms, https://github.com/AutoMQ/automq (docs/model.md §3.1)")
  /// Zone-router batch interval.
  public static let zoneRouterBatchInterval = Documented(TimeSpan.milliseconds(250), unit: "s", source: "AutoMQ zone router 250 ms / 8 MiB batches, https://docs.automq.com/automq/eliminate-inter-zone-traffics/overview (docs/model.md §3.4)")
  /// Largest object one batch writes before it is flushed early (WAL, router, diskless ingest).
  public static let maxBatchBytes = Documented(DataSize.mib(8), unit: "bytes", source: "AutoMQ maxBytesInBatch / WarpStream max buffered bytes 8 MiB, https://github.com/AutoMQ/automq, https://docs.warpstream.com (docs/model.md §6)")

  // MARK: Time and scaling (docs/model.md §5)

  /// `start`: a fixed instant, so that outputs never depend on the clock: 2026-01-01T00:00:00Z.
  public static let simulationStart = Documented(1_767_225_600.0, unit: "s since 1970-01-01T00:00:00Z", source: "assumption: a fixed start keeps runs reproducible; set `start:` to simulate another date")
  /// `step`: simulation step.
  public static let step = Documented(TimeSpan.hours(1), unit: "s", source: "assumption: hourly resolution, the granularity cloud bills meter at")
  /// `state_warm_up`: how far before the horizon a warm start primes what only grows (broker volumes).
  public static let stateWarmUp = Documented(TimeSpan.days(7), unit: "s", source: "assumption: a week, the longest period a load profile repeats over (weekly factors), so that a warm cluster's volumes have met its whole cycle (docs/model.md §5.1)")
  /// `throttle`: per-broker replication throttle for reassignment and recovery.
  public static let throttle = Documented(DataRate.mbps(100), unit: "bytes/s", source: "assumption: a common reassignment throttle, 100 MB/s (docs/model.md §1.5); Kafka's own default is unlimited")
  /// `instance_start`: from asking for an instance to it serving.
  public static let instanceStart = Documented(TimeSpan.minutes(3), unit: "s", source: "assumption: instance boot of 1–3 min, upper end (docs/model.md §5)", uncertain: true,
    range: (.minutes(1), .minutes(4), "docs/model.md §7: boot of 1–3 min; AutoMQ reports ~4 min from 0 to 1 GiB/s of capacity"))
  /// `partition_move`: moving one partition between stateless brokers.
  public static let partitionMove = Documented(TimeSpan(seconds: 1.5), unit: "s", source: "AutoMQ partition reassignment ~1.5 s, https://docs.automq.com/automq/architecture/technical-advantage/partition-reassignment-in-seconds (docs/model.md §3.5)")

  // MARK: Diskless (WarpStream / KIP-1150-style)

  /// `batch_interval`: WarpStream batchTimeout.
  public static let batchInterval = Documented(TimeSpan.milliseconds(250), unit: "s", source: "WarpStream batchTimeout 250 ms, https://docs.warpstream.com (docs/model.md §4.2)")
  /// `throughput_per_vcpu`: client traffic (produce + consume) one vCPU carries at 100 % CPU.
  /// 2 GiB/s (1 GiB/s in + 1 GiB/s out) on 6 × m6in.4xlarge = 96 vCPU, taken as running at the 50 % target: 2048 / 96 / 0.5.
  public static let throughputPerVCPU = Documented(DataRate.mibps(2_048.0 / 96.0 / 0.5), unit: "bytes/s", source: "WarpStream benchmark restated (6 × 16 vCPU for 1 GiB/s in and out) at the 50 % target, https://docs.warpstream.com (docs/model.md §4.1); Bufstream implies ~4× more", uncertain: true,
    range: (.mibps(2_048.0 / 96.0 / 0.5), .mibps(2_048.0 / 24.0 / 0.5), "docs/model.md §7: WarpStream restated (6 × 16 vCPU) to Bufstream (6 × 4 vCPU) for the same load, 3–4× spread"))
  /// `cpu_target`: autoscaling CPU target.
  public static let cpuTarget = Documented(Fraction(0.5), unit: "fraction", source: "WarpStream autoscale target 50 % CPU, https://docs.warpstream.com (docs/model.md §4.1)")
  /// `compaction_levels`: times each byte is rewritten by compaction.
  public static let compactionLevels = Documented(2, unit: "levels", source: "WarpStream compaction L0 → L1 → L2, https://docs.warpstream.com (docs/model.md §4.2)", uncertain: true,
    range: (1, 3, "docs/model.md §7: levels actually used unknown; one level fewer or more than L0 → L1 → L2 (assumption)"))
  /// `compaction_fan_in`: files merged into one per level.
  public static let compactionFanIn = Documented(32, unit: "files", source: "WarpStream compaction fan-in 32 files per level, https://docs.warpstream.com (docs/model.md §4.2)")
  /// `read_chunk`: tail and catch-up reads fetch objects in chunks of this size, once per AZ.
  public static let readChunk = Documented(DataSize.mib(4), unit: "bytes", source: "WarpStream read path, one GET per 4 MiB per AZ, https://docs.warpstream.com (docs/model.md §4.2)")

  // MARK: Uncertainty (`streamcost uncertainty`)

  /// `--samples`: most Monte Carlo samples one run draws.
  public static let uncertaintySamples = Documented(1_000, unit: "samples", source: "docs/uncertainty.md: the run its benchmark times (1,000 samples × a year at 1-hour steps)")
  /// `--precision`: the run stops once every architecture's median total has a standard error below this fraction of it.
  public static let uncertaintyPrecision = Documented(0.005, unit: "fraction of P50", source: "docs/uncertainty.md: a P50 known to ±0.5 %, finer than any price in the book is known")
  /// Samples per Latin hypercube batch; the stop rule is checked after each batch.
  public static let uncertaintyBatch = Documented(100, unit: "samples", source: "assumption: enough for the median's order-statistic bracket (ranks 45 to 55) and for Iman–Conover with a dozen correlated inputs; small enough to stop early")
  /// `--seed`: the seed of the sample stream when none is given.
  public static let uncertaintySeed = Documented(UInt64(19), unit: "seed", source: "assumption: a fixed seed keeps runs reproducible; any value will do")
  /// `growth` drawn by `uncertainty`: a normal draw of a growth rate below this is raised to it.
  public static let uncertaintyGrowthFloor = Documented(-0.99, unit: "fraction/month", source: "assumption: the scenario accepts growth above −100 %/month only; at −99 %/month the load all but stops within a month, so a lower draw changes nothing a bill shows")
  /// `--short-hours`: hours short of capacity a sample may have before it counts as short.
  public static let uncertaintyShortHours = Documented(0.0, unit: "h", source: "assumption: any hour short of capacity counts")
}
