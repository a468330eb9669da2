#!/usr/bin/env bash
# same-outputs.sh REF_BIN NEW_BIN: checks that NEW_BIN gives byte-identical outputs to REF_BIN.
#
# For a refactor that must change no figure and no text. Run from the package root. Compares:
#   - `compare --out DIR --no-ledger` on every scenarios/*.yaml and on the edge scenario
#     (Tests/StreamCostIOTests/Fixtures/Scenario/edge-same-outputs.yaml): every file in DIR and
#     the terminal output (stdout and stderr);
#   - `sweep` on two small grids and `sensitivity` on two scenarios: their CSV files and output;
#   - `baseline check --tolerance 0` with NEW_BIN.
# Exits 0 when all agree; 1 naming what differs; 64 on a bad command line.
set -uo pipefail

if [ $# -ne 2 ] || [ ! -x "$1" ] || [ ! -x "$2" ]; then
  echo "usage: scripts/same-outputs.sh REF_BIN NEW_BIN (two executable streamcost binaries)" >&2
  exit 64
fi
ref=$(realpath "$1")
new=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME ARGS...: runs both binaries with ARGS (OUT in ARGS is replaced by each one's folder)
# and compares their folders and terminal output.
run() {
  local name=$1
  shift
  local side bin args
  for side in ref new; do
    bin=$ref
    [ "$side" = new ] && bin=$new
    mkdir -p "$work/$side/$name"
    args=()
    for a in "$@"; do args+=("${a//OUT/$work/$side/$name/out}"); done
    "$bin" "${args[@]}" >"$work/$side/$name/stdout" 2>"$work/$side/$name/stderr"
    echo "exit $?" >>"$work/$side/$name/stdout"
    # The folder appears in what the command prints; make it the same on both sides.
    sed -i "s#$work/$side/#WORK/#g" "$work/$side/$name/stdout" "$work/$side/$name/stderr"
  done
  if diff -r "$work/ref/$name" "$work/new/$name" >"$work/$name.diff"; then
    echo "same: $name"
  else
    echo "DIFFERENT: $name" >&2
    head -20 "$work/$name.diff" >&2
    failures=$((failures + 1))
  fi
}

for scenario in scenarios/*.yaml Tests/StreamCostIOTests/Fixtures/Scenario/edge-same-outputs.yaml; do
  run "compare-$(basename "$scenario" .yaml)" compare "$scenario" --out OUT --no-ledger
done
run sweep-retention-write sweep scenarios/telco-c360-feeds.yaml \
  --vary "feeds[0].retention=1d,3d,7d" --vary "workload.write=100MB/s..400MB/s:x2" --out OUT
run sweep-azs-compaction sweep scenarios/retail-context.yaml \
  --vary "topology.azs=2,3" --vary "architectures.shared-storage.compaction_read=0.25,0.5,1" --out OUT
run sensitivity-telco sensitivity scenarios/telco-c360-feeds.yaml --out OUT
run sensitivity-edge sensitivity Tests/StreamCostIOTests/Fixtures/Scenario/edge-same-outputs.yaml --out OUT

if "$new" baseline check --tolerance 0 >"$work/baseline.txt" 2>&1; then
  echo "same: baseline check --tolerance 0"
else
  echo "DIFFERENT: baseline check --tolerance 0" >&2
  tail -20 "$work/baseline.txt" >&2
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "same-outputs: $failures check(s) differ" >&2
  exit 1
fi
echo "same-outputs: every output byte-identical"
