/// The commented scenario that `streamcost scenario init` writes: every key, its unit and default.
///
/// It must load as written (a test checks it), so a new user starts from something that runs.
public enum ScenarioTemplate {
  public static let text = """
    # StreamCost scenario, version 1. Every value has a unit; decimal (MB = 10^6 bytes)
    # and binary (MiB = 2^20 bytes) prefixes are distinct. Write rates are compressed
    # bytes on the wire. Keys marked "default" may be left out.
    version: 1
    name: my-workload                 # slug used in every output file
    description: >
      What runs, for whom, and what question this scenario answers.
    pricing: aws/us-east-1            # price book <provider>/<region> under pricing/
    # pricing_as_of: 2026-07-20       # pin a book version (default: newest)
    month: 730h                       # default 730h (AWS calculator); or `calendar` with `start:`
    # start: 2026-02-01               # first day of the billed month when month: calendar

    feeds:                            # topic classes sharing the cluster
      - name: events
        write: 50 MB/s                # average produce rate W (required, > 0)
        fan_out: 2                    # default 1: consumer groups reading the tail
        retention: 3d                 # default 7d (Kafka retention.ms)
        partitions: 48                # required
        message_size: 1 KiB           # default 1 KiB (informational)
        # catch_up:                   # optional reads behind the tail (replays, backfills)
        #   rate: 10 MB/s             # average catch-up read rate Rc
        #   lag: 1d                   # how old the data read is (<= retention)

    topology:
      azs: 3                          # default 3
      replication_factor: 3           # default 3 (broker-local Kafka)
      fetch_from_follower: false      # default false (KIP-392)
      network_utilisation: 80%        # default 80% of the instance's baseline bandwidth
      disk_utilisation: 70%           # default 70%
      survive: broker                 # default broker (N+1); az (N·Z/(Z−1)); none

    architectures:                    # default: the four below with default knobs
      - type: kafka
        instance: cheapest            # default cheapest that fits; or e.g. r6i.xlarge
        disk: gp3                     # default gp3; local-nvme needs i3en/i4i/i8g
        controllers: 3                # default 3 KRaft nodes
        controller_instance: m6i.large
      - type: kafka-tiered
        local_retention: 6h           # default min(6h, retention): TL kept on broker disks
      - type: shared-storage
        wal: ebs                      # default ebs (10 GiB gp3 per broker); or object-storage
        zone_router: false            # default false; true needs wal: object-storage
        put_per_mbps: 0.203           # uncertain: PUT/s per MB/s written (MODEL.md §3)
        get_per_mbps: 0.296           # uncertain: GET/s per MB/s written
        compaction_read: 0.5          # uncertain: compaction reads back 0.5 × W
      - type: diskless
        batch_interval: 250ms         # default 250ms
        zone_aware_clients: true      # default true: no client byte crosses AZs
        throughput_per_vcpu: 42.67 MiB/s  # uncertain: client traffic per vCPU at 100% CPU
        cpu_target: 50%               # default 50% autoscaling target

    """
}
