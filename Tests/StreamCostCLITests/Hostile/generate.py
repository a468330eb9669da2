#!/usr/bin/env python3
"""Writes the hostile corpus that HostileCorpusTests feeds to the built binary.

Run from the package root:  python3 Tests/StreamCostCLITests/Hostile/generate.py
It deletes and rewrites Tests/StreamCostCLITests/Hostile/corpus/. The generator is seeded
(SEED below), so the same script always writes the same files. `--seed N --out DIR` writes
another corpus elsewhere, for exploring beyond the committed one.

  corpus/scenarios/*.yaml   malformed and mutated scenarios: values past their limits, values of
                            the wrong kind, keys removed, repeated or misspelled, alias bombs, deep
                            nesting, control characters, truncated and byte-flipped texts, and
                            scenarios with every number at its limit (which must run or be refused,
                            never crash)
  corpus/books/*/           mutated price books (book.csv, instances.csv, rates.csv): extreme and
                            malformed cells, repeated and unknown keys, missing columns, broken
                            quoting, thousands of tier rows
  corpus/book-scenario.yaml the small valid scenario each book is priced with
"""
import argparse
import os
import random
import re
import shutil

SEED = 16
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
BOOK = os.path.join(ROOT, "pricing", "aws", "us-east-1", "2026-07-20")

BASE = """version: 1
name: hostile-base
description: a small valid scenario that every mutation starts from
pricing: aws/us-east-1
horizon: 2d
step: 1h
profile:
  - weekly: [1, 1, 1, 1, 1, 0.8, 0.8]
events:
  - {at: 20h, lose: broker}
feeds:
  - name: events
    write: 40 MB/s
    fan_out: 2
    retention: 3d
    partitions: 48
    message_size: 1 KiB
    catch_up: {rate: 10 MB/s, lag: 1d}
    profile:
      - diurnal: {peak_hour: 20, peak_multiplier: 2}
      - spikes: [{start: 10h, duration: 2h, multiplier: 3, ramp: 30m}]
      - growth: 5%/month
    replay: {every: 1d, history: 1d, rate: 50 MB/s}
  - name: cdc
    write: 2 MB/s
    partitions: 12
    retention: 7d
topology: {azs: 3, replication_factor: 3, fetch_from_follower: false, network_utilisation: 80%, disk_utilisation: 70%, survive: broker}
architectures:
  - {type: kafka, disk: gp3, controllers: 3, max_disk_per_broker: 16 TiB, segment_bytes: 1 GiB, segment_ms: 7d, disk_io_size: 256 KiB}
  - {type: kafka-tiered, local_retention: 6h, multipart_part_size: 25 MiB, extra_objects_per_segment: 2, remote_read_chunk: 4 MiB}
  - {type: shared-storage, wal: object-storage, zone_router: true, put_per_mbps: 0.2, get_per_mbps: 0.3, request_floor: 1, compaction_read: 0.5}
  - {type: diskless, batch_interval: 250ms, throughput_per_vcpu: 40 MiB/s, cpu_target: 50%, compaction_levels: 2, compaction_fan_in: 32, read_chunk: 4 MiB, policy: reactive, throttle: 50 MB/s, instance_start: 3m}
"""

# Values to try, by the kind of key. Horizon and step only take values that are invalid or small,
# so that no mutation makes a valid run of millions of steps (the test has a time limit per input).
NUMBERS = ["0", "-1", "1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "-1e308",
           "1e-308", ".nan", ".inf", "-.inf", "0x7fffffff", "1_000", "3.5", "99999999999999999999999999", "''", "~",
           "[]", "{}", "[1, 2]", "yes", "10000", "10001", "1000000000", "2.5e9"]
RATES = ["0 B/s", "-5 MB/s", "1 B/s", "100 TB/s", "101 TB/s", "100000000000000 TB/s", "1e308 MB/s", "0.000000001 B/s",
         "5 mb/s", "5", "MB/s", "5 MB/h", "1 PB/s", "99999999999999999999999999999 GB/s", "nan MB/s", "40 MiB/s"]
DURATIONS = ["0s", "-1h", "1ms", "0.001ms", "100000000000000000000d", "10y", "11y", "1e20d", "5 parsecs", "3mo",
             "999999999999w", "1", "h", "7d", "1s"]
SIZES = ["0 B", "1 B", "-1 GiB", "1023 B", "1 KiB", "1 TiB", "2 TiB", "100000000000 PiB", "1e308 B", "5 gb", "5"]
FRACTIONS = ["0%", "-5%", "100%", "101%", "0.0000001", "1e-300", "1.5", "50", "%", "nan%"]
HORIZONS = ["0h", "-1d", "1h", "1d", "1000y", "3y1d", "100000000000000000000d", "1ms", "2.5h", "1e9h"]
STEPS = ["0s", "-1h", "30s", "1d", "25h", "1ms", "7m", "100000000000000000000d", "1h"]
GROWTH = ["1000%/month", "100%/month", "101%/month", "-100%/month", "-99%/month", "1e308%/month", "5%", "5%/year"]

KINDS = {
    "write": RATES, "rate": RATES, "throttle": RATES, "throughput_per_vcpu": RATES,
    "retention": DURATIONS, "lag": DURATIONS, "every": DURATIONS, "history": DURATIONS, "at": DURATIONS,
    "start": DURATIONS, "duration": DURATIONS, "ramp": DURATIONS, "local_retention": DURATIONS, "segment_ms": DURATIONS,
    "batch_interval": DURATIONS, "instance_start": DURATIONS,
    "message_size": SIZES, "max_disk_per_broker": SIZES, "segment_bytes": SIZES, "disk_io_size": SIZES,
    "multipart_part_size": SIZES, "remote_read_chunk": SIZES, "read_chunk": SIZES,
    "network_utilisation": FRACTIONS, "disk_utilisation": FRACTIONS, "cpu_target": FRACTIONS,
    "horizon": HORIZONS, "step": STEPS, "growth": GROWTH,
}
KEY_VALUE = re.compile(r"\b([a-z_]+): ([^,{}\[\]\n]+)")


def mutate_value(text, rng):
    matches = [m for m in KEY_VALUE.finditer(text) if m.group(1) not in ("version", "name", "description", "pricing", "type")]
    m = rng.choice(matches)
    values = KINDS.get(m.group(1), NUMBERS)
    return text[:m.start(2)] + rng.choice(values + NUMBERS[:4]) + text[m.end(2):], m.group(1)


def scenarios(rng):
    out = {}
    # Single values past their bounds or of the wrong kind, then several at once.
    for i in range(150):
        text, key = mutate_value(BASE, rng)
        out[f"value-{i:03d}-{key}"] = text
    for i in range(40):
        text = BASE
        for _ in range(rng.randint(2, 6)):
            text, _ = mutate_value(text, rng)
        out[f"values-{i:03d}"] = text
    lines = BASE.splitlines(keepends=True)
    for i in range(20):
        copy = list(lines)
        action = rng.choice(["drop", "repeat", "misspell", "indent", "swap"])
        j = rng.randrange(1, len(copy))
        if action == "drop":
            del copy[j]
        elif action == "repeat":
            copy.insert(j, copy[j])
        elif action == "misspell":
            copy[j] = re.sub(r"([a-z_]+):", lambda m: m.group(1)[::-1] + ":", copy[j], count=1)
        elif action == "indent":
            copy[j] = " " * rng.choice([1, 3, 7]) + copy[j]
        else:
            k = rng.randrange(1, len(copy))
            copy[j], copy[k] = copy[k], copy[j]
        out[f"lines-{i:03d}-{action}"] = "".join(copy)
    data = BASE.encode()
    for i in range(15):
        cut = rng.randrange(0, len(data))
        out[f"truncated-{i:03d}"] = data[:cut]
    for i in range(15):
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        out[f"flipped-{i:03d}"] = bytes(flipped)
    # Alias bombs: in a value, as a mapping key, as a feed list, and a harmless reused anchor.
    for levels in (4, 6, 8, 10, 12):
        lines_ = ['l0: &l0 ["x","x","x","x","x","x","x","x","x"]']
        for n in range(1, levels):
            lines_.append(f"l{n}: &l{n} [" + ",".join([f"*l{n-1}"] * 9) + "]")
        body = "\n".join(lines_)
        out[f"alias-value-{levels:02d}"] = body + "\n"
        out[f"alias-key-{levels:02d}"] = body + f"\n? *l{levels-1}\n: x\n"
        out[f"alias-feeds-{levels:02d}"] = BASE.replace("feeds:\n", "feeds: *feeds\nx-feeds:\n") + "\n" + body + "\n"
    out["alias-reused-profile"] = BASE.replace("    profile:\n      - diurnal", "    profile: &p\n      - diurnal").replace(
        "    retention: 7d\n", "    retention: 7d\n    profile: *p\n")
    out["alias-undefined"] = BASE.replace("write: 2 MB/s", "write: *nowhere")
    out["alias-self"] = "a: &a [*a]\n"
    out["nested-lists"] = "feeds: " + "[" * 5000 + "]" * 5000 + "\n"
    out["nested-maps"] = "feeds: " + "{a: " * 2000 + "1" + "}" * 2000 + "\n"
    out["empty"] = ""
    out["only-comment"] = "# nothing\n"
    out["bom"] = b"\xef\xbb\xbf" + data
    out["not-utf8"] = b"version: 1\nname: \xff\xfe\n"
    out["binary"] = bytes(rng.randrange(256) for _ in range(600))
    out["null-bytes"] = data.replace(b"events", b"ev\x00nts", 1)
    out["long-name"] = BASE.replace("name: hostile-base", "name: " + "x" * 20000)
    out["control-names"] = BASE.replace("name: cdc", 'name: "\\e[2J\\e[31mcdc\\nnext\\r\\u202e"').replace(
        "name: hostile-base", 'name: "../../hostile\\e]0;title\\a"')
    out["quote-names"] = BASE.replace("name: cdc", "name: \"'=cdc\"").replace("name: events", 'name: "=events"')
    out["many-feeds-dup"] = BASE.replace("  - name: cdc\n", "  - name: events\n")
    out["many-spikes"] = BASE.replace(
        "      - spikes: [{start: 10h, duration: 2h, multiplier: 3, ramp: 30m}]",
        "      - spikes: [" + ", ".join("{start: 10h, duration: 2h, multiplier: 2}" for _ in range(100)) + "]")
    out["many-events"] = BASE.replace("  - {at: 20h, lose: broker}\n", "  - {at: 20h, lose: broker}\n" * 10001)
    out["tags"] = BASE.replace("write: 40 MB/s", "write: !!binary aGVsbG8=").replace("fan_out: 2", "fan_out: !!float 2")
    out["yaml-multi-doc"] = BASE + "---\n" + BASE
    # Every number at its limit at once (upper bounds, and the lower bounds of divisors): such a
    # scenario is valid or refused as a whole (its peak load), but must never crash.
    at_limit = (BASE.replace("write: 40 MB/s", "write: 100 TB/s").replace("fan_out: 2", "fan_out: 10000")
                .replace("retention: 3d", "retention: 10y").replace("partitions: 48", "partitions: 10000000")
                .replace("azs: 3", "azs: 16").replace("replication_factor: 3", "replication_factor: 16")
                .replace("network_utilisation: 80%", "network_utilisation: 1%").replace("disk_utilisation: 70%", "disk_utilisation: 1%")
                .replace("controllers: 3", "controllers: 1000").replace("segment_bytes: 1 GiB", "segment_bytes: 1 KiB")
                .replace("segment_ms: 7d", "segment_ms: 1ms").replace("disk_io_size: 256 KiB", "disk_io_size: 1 KiB")
                .replace("multipart_part_size: 25 MiB", "multipart_part_size: 1 KiB").replace("extra_objects_per_segment: 2", "extra_objects_per_segment: 1000")
                .replace("put_per_mbps: 0.2", "put_per_mbps: 10000").replace("request_floor: 1", "request_floor: 1000000")
                .replace("compaction_read: 0.5", "compaction_read: 100").replace("batch_interval: 250ms", "batch_interval: 1ms")
                .replace("throughput_per_vcpu: 40 MiB/s", "throughput_per_vcpu: 1 MB/s").replace("cpu_target: 50%", "cpu_target: 1%")
                .replace("compaction_levels: 2", "compaction_levels: 10").replace("compaction_fan_in: 32", "compaction_fan_in: 10000")
                .replace("throttle: 50 MB/s", "throttle: 1 MB/s").replace("instance_start: 3m", "instance_start: 1d")
                .replace("rate: 10 MB/s", "rate: 100 TB/s").replace("rate: 50 MB/s", "rate: 100 TB/s"))
    out["at-limit-all"] = at_limit
    calm = at_limit.replace("write: 100 TB/s", "write: 1 MB/s").replace("rate: 100 TB/s", "rate: 1 MB/s")
    out["at-limit-small-load"] = calm
    out["at-limit-peak"] = BASE.replace("write: 40 MB/s", "write: 1 TB/s").replace("peak_multiplier: 2", "peak_multiplier: 900")
    out["at-limit-growth"] = BASE.replace("horizon: 2d", "horizon: 3y").replace("step: 1h", "step: 1d").replace(
        "growth: 5%/month", "growth: 100%/month").replace("write: 40 MB/s", "write: 1 KB/s").replace(
        "  - {at: 20h, lose: broker}\n", "  - {at: 20h, lose: broker}\n").replace("start: 10h", "start: 10d")
    # The largest load the limits let through with every broker still able to carry a partition:
    # it must run to the end (millions of brokers, trillions of requests), not trap.
    out["at-limit-heavy"] = """version: 1
name: at-limit-heavy
pricing: aws/us-east-1
horizon: 2d
step: 1h
events:
  - {at: 20h, lose: broker}
feeds:
  - name: events
    write: 100 TB/s
    fan_out: 2
    retention: 1d
    partitions: 10000000
    catch_up: {rate: 1 TB/s, lag: 1d}
    replay: {every: 1m, history: 1d, rate: 1 MB/s}
topology: {azs: 3, replication_factor: 3}
architectures:
  - {type: kafka, segment_bytes: 1 KiB, segment_ms: 1ms, disk_io_size: 1 KiB, max_disk_per_broker: 1 PB, throttle: 1 MB/s, policy: reactive}
  - {type: kafka-tiered, local_retention: 1ms, multipart_part_size: 1 KiB, extra_objects_per_segment: 1000, remote_read_chunk: 1 KiB, throttle: 1 MB/s}
  - {type: shared-storage, put_per_mbps: 10000, get_per_mbps: 10000, request_floor: 1000000, compaction_read: 100, partition_move: 1d, instance_start: 1d}
  - {type: diskless, batch_interval: 1ms, throughput_per_vcpu: 1 MB/s, cpu_target: 1%, compaction_levels: 10, compaction_fan_in: 10000, read_chunk: 1 KiB}
"""
    return out


def read(path):
    with open(path, "rb") as f:
        return f.read().decode()


def books(rng):
    files = {name: read(os.path.join(BOOK, name)) for name in ("book.csv", "instances.csv", "rates.csv")}
    # The first nine instance types (m6i.large, the default controller, among them) keep each book small.
    files["instances.csv"] = "\r\n".join(files["instances.csv"].split("\r\n")[:10]) + "\r\n"
    out = {}
    extremes = ["", "-1", "0", "1e20", "100000000000000000000", "1e308", "1e-300", "nan", "inf", "abc", "0.0000001",
                "99999999999999999999.999", "\"1,5\"", "=1+1", "10001", "1000001"]
    for i in range(50):
        name = rng.choice(["instances.csv", "rates.csv"])
        lines = files[name].split("\r\n")
        row = rng.randrange(1, len(lines) - 1)
        cells = lines[row].split(",")
        column = rng.randrange(len(cells))
        cells[column] = rng.choice(extremes)
        lines[row] = ",".join(cells)
        out[f"cell-{i:03d}-{name[:-4]}"] = dict(files, **{name: "\r\n".join(lines)})
    book = files["book.csv"]
    out["book-currency-twice"] = dict(files, **{"book.csv": book + "currency,EUR\r\n"})
    out["book-unknown-key"] = dict(files, **{"book.csv": book + "curency,EUR\r\n"})
    out["book-no-currency"] = dict(files, **{"book.csv": "\r\n".join(l for l in book.split("\r\n") if not l.startswith("currency"))})
    out["book-bad-date"] = dict(files, **{"book.csv": book.replace("2026-07-20", "2026-13-45")})
    out["book-bom"] = dict(files, **{"book.csv": "\ufeff" + book})
    out["book-lf"] = dict(files, **{n: t.replace("\r\n", "\n") for n, t in files.items()})
    for name in files:
        out[f"empty-{name[:-4]}"] = dict(files, **{name: ""})
        out[f"header-only-{name[:-4]}"] = dict(files, **{name: files[name].split("\r\n")[0] + "\r\n"})
        out[f"no-header-{name[:-4]}"] = dict(files, **{name: "\r\n".join(files[name].split("\r\n")[1:])})
        out[f"unterminated-{name[:-4]}"] = dict(files, **{name: files[name] + "x,\"never closed\r\n"})
        out[f"extra-field-{name[:-4]}"] = dict(files, **{name: files[name] + "a,b,c,d,e,f,g,h,i,j,k,l,m\r\n"})
        out[f"binary-{name[:-4]}"] = dict(files, **{name: bytes(rng.randrange(256) for _ in range(300))})
        out[f"missing-{name[:-4]}"] = {n: t for n, t in files.items() if n != name}
    rates = files["rates.csv"]
    put = next(l for l in rates.split("\r\n") if l.startswith("s3.standard.put,"))
    short = "s3.standard.put,PUT,Storage,Object Storage,1000 Requests,0,0.005,https://example.com,2024-07-01,"
    out["rates-tier-twice"] = dict(files, **{"rates.csv": rates + put + "\r\n"})
    out["rates-5000-tiers"] = dict(files, **{"rates.csv": rates + "".join(
        short.replace(",1000 Requests,0,", f",1000 Requests,{s * 1000},") + "\r\n" for s in range(5000, 0, -1))})
    out["rates-unit-mismatch"] = dict(files, **{"rates.csv": rates + put.replace(",1000 Requests,0,", ",GiB,5,") + "\r\n"})
    out["rates-huge-tier"] = dict(files, **{"rates.csv": rates + put.replace(",1000 Requests,0,", ",1000 Requests,1" + "0" * 40 + ",") + "\r\n"})
    instances = files["instances.csv"]
    first = instances.split("\r\n")[1]
    out["instances-twice"] = dict(files, **{"instances.csv": instances + first + "\r\n"})
    out["instances-control-name"] = dict(files, **{"instances.csv": instances.replace("m6i.xlarge", "\"m6i\x1b[31m.xlarge\"")})
    for i in range(20):
        name = rng.choice(list(files))
        data = bytearray(files[name].encode())
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        out[f"flipped-{i:03d}-{name[:-4]}"] = dict(files, **{name: bytes(data)})
    return out


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))


def main():
    parser = argparse.ArgumentParser(description="Write the hostile corpus.")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default=CORPUS)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = os.path.abspath(args.out)
    shutil.rmtree(corpus, ignore_errors=True)
    for name, text in sorted(scenarios(rng).items()):
        write(os.path.join(corpus, "scenarios", name + ".yaml"), text)
    for name, files in sorted(books(rng).items()):
        for file, text in files.items():
            write(os.path.join(corpus, "books", name, file), text)
    write(os.path.join(corpus, "book-scenario.yaml"), BASE.replace("name: hostile-base", "name: hostile-book"))
    count = len(os.listdir(os.path.join(corpus, "scenarios"))) + len(os.listdir(os.path.join(corpus, "books")))
    print(f"wrote {count} inputs to {corpus}")


if __name__ == "__main__":
    main()
