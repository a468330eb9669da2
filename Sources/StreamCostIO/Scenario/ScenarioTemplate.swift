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
    pricing: aws/us-east-1            # price book <provider>/<region> under pricing/; may be left out
    #                                 #   when the command is given --pricing DIR
    # pricing_as_of: 2026-07-20       # pin a book version (default: newest)
    month: 730h                       # default 730h (AWS calculator); or `calendar` with `start:`
    # start: 2026-01-01               # default 2026-01-01 (UTC): simulation start, a date or a date-time
    #                                 #   such as 2026-01-01T06:00:00Z; month: calendar bills its month

    # Time simulation: every step of the horizon is priced with the load of that step.
    # horizon: 730h                   # default one billed month; from one step to 3y (1mo = 730h)
    # step: 1h                        # default 1h; from 1m to 1d; the horizon is a whole number of steps
    # initial_state: warm             # default warm: the run starts holding what its own load would have
    #                                 #   left (a warm-up over the longest retention, not billed); or
    #                                 #   `empty`: a new cluster that fills up over its first retention
    # profile:                        # default flat: a cluster-wide load shape (mean 1), multiplies
    #                                 #   every feed's own profile; components multiply each other
    #   - diurnal: {peak_hour: 20, peak_multiplier: 3}  # UTC peak hour; peak ÷ average
    #   - weekly: [1.1, 1.1, 1.1, 1.1, 1.0, 0.8, 0.8]   # Monday first, normalised to mean 1
    #   - growth: 5%/month            # compounding per 730-hour month
    # events:                         # default none: failures injected at an offset or an ISO time
    #   - {at: 10d, lose: broker}
    #   - {at: 2026-01-20T09:00:00Z, lose: az, az: 1}  # az: 0-based AZ index, below topology.azs

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
        # profile:                    # default flat: this feed's load shape, as the top-level one
        #   - diurnal: {hourly: [0.4, 0.3, 0.3, 0.3, 0.4, 0.6, 0.9, 1.2, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.4, 1.5, 1.6, 1.5, 1.2, 0.8, 0.5]}
        #   - spikes: [{start: 2026-01-10T18:00:00Z, duration: 2h, multiplier: 5, ramp: 10m}]
        #   - series: {file: events-throughput.csv}  # measured timestamp,bytes_per_second CSV, path
        #                             #   relative to this file; with a series, write: may be left out
        #                             #   (default: the series' mean over the horizon)
        #   - flat                    # no effect
        # replay:                     # optional scheduled replay or backfill
        #   every: 7d                 # how often it runs
        #   history: 2d               # how much of the feed's data it reads (<= retention)
        #   rate: 200 MB/s            # the rate it reads at
        #   first: 3d                 # default 0: first run, an offset or an ISO time

    topology:
      azs: 3                          # default 3
      replication_factor: 3           # default 3 (broker-local Kafka)
      clients: any-zone               # default any-zone: what a client does unless its zone is
                                      #   configured; zone-aware: every architecture keeps client
                                      #   bytes in the client's AZ as far as its design allows
                                      #   (docs/model.md §0.3)
      # fetch_from_follower: true     # default: follows clients; kafka's own override (KIP-392)
      network_utilisation: 80%        # default 80% of the instance's baseline bandwidth
      disk_utilisation: 70%           # default 70%
      survive: broker                 # default broker (N+1); az (N·Z/(Z−1)); none

    architectures:                    # default: the four below with default knobs
      - type: kafka
        instance: cheapest            # default cheapest that fits; or e.g. r6i.xlarge
        disk: gp3                     # default gp3; local-nvme needs i3en/i4i/i8g
        controllers: 3                # default 3 KRaft nodes; or `combined`: brokers are the voters
        #                             #   (no controller instances, at least 3 brokers)
        controller_instance: m6i.large
        # round_to_azs: true          # default true: counts a multiple of topology.azs
        # root_volume: {size: 64 GiB, type: gp3}  # default none: a root volume on every node
        # controller_volume: {size: 20 GiB, type: gp3}  # default none: each dedicated controller's
        # volume_step: 100 GiB        # default none (whole GiB): data volumes rounded up to a multiple
        # Scaling, accepted by every type (docs/model.md §5):
        # policy: peak                # default peak (kafka, kafka-tiered: sized once for the horizon's
        #                             #   peak) or reactive (shared-storage, diskless); or scheduled
        # throttle: 100 MB/s          # default 100 MB/s per broker for partition moves and recovery
        # instance_start: 3m          # default 3m from asking for an instance to it serving
        # partition_move: 1.5s        # default 1.5s to move one partition between stateless brokers
      - type: kafka-tiered
        local_retention: 6h           # default min(6h, retention): TL kept on broker disks
        # policy: scheduled           # resize at given times:
        # schedule:                   #   from `at` (an offset or an ISO time), run `count` brokers
        #   - {at: 10d, count: 12}
      - type: shared-storage
        wal: ebs                      # default ebs (10 GiB gp3 per broker); or object-storage
        # zone_router: false          # default: follows topology.clients; true needs wal:
                                      #   object-storage (zone-aware on an EBS WAL: rack-aware consumers)
        put_per_mbps: 0.203           # uncertain: PUT/s per MB/s written (docs/model.md §3)
        get_per_mbps: 0.296           # uncertain: GET/s per MB/s written
        compaction_read: 0.5          # uncertain: compaction reads back 0.5 × W
        # root_volume: {size: 64 GiB, type: gp3}  # default none, as for kafka; controller_volume too
      - type: diskless
        batch_interval: 250ms         # default 250ms
        # zone_aware_clients: true    # default: follows topology.clients; true: no client byte crosses AZs
        throughput_per_vcpu: 42.67 MiB/s  # uncertain: client traffic per vCPU at 100% CPU
        cpu_target: 50%               # default 50% autoscaling target
        # root_volume: {size: 64 GiB, type: gp3}  # default none: a root volume on every agent

    """
}
