#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS, one after the other, from its seed corpus, and prints a
# summary line per target. Usage: Fuzz/run-fuzzers.sh SECONDS [smoke|long] [TARGET...]
#
#   smoke  stops a target at its first crash, hang or memory blow-up (CI: any finding fails it).
#   long   keeps going past findings (libFuzzer's fork mode), so one run collects them all.
#
# Everything it writes is under .build-fuzz/work: corpus/<Target>/ (inputs that reached new code,
# kept between runs), findings/<Target>/ (crash-*, timeout-*, oom-*, leak-* inputs), logs/<Target>.log.
# Exits 1 when any target has a finding in this run.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: Fuzz/run-fuzzers.sh SECONDS [smoke|long] [TARGET...]}
mode=${2:-smoke}
shift $(( $# >= 2 ? 2 : $# ))
targets=("${@:-}")
[ -z "${targets[0]}" ] && targets=(FuzzScenario FuzzPriceBook FuzzSeries)

bin=.build-fuzz/release
work=.build-fuzz/work
# A single input taking longer than this is reported as a hang (timeout-*): the CLI reads each file once.
per_input_seconds=10
# libFuzzer's own default; an input that needs more is a runaway (oom-*).
rss_limit_mb=2048

declare -A dictionary=([FuzzScenario]=scenario [FuzzPriceBook]=pricebook [FuzzSeries]=series)
# The longest input libFuzzer makes. The shipped book is about 21 KB (long source URLs), and mutations
# spread thin over it; 4 KB keeps the price-book inputs to a few rows per file (seeds are cut to it).
declare -A max_len=([FuzzScenario]=8192 [FuzzPriceBook]=4096 [FuzzSeries]=4096)
status=0
summary=()
for target in "${targets[@]}"; do
  corpus=$work/corpus/$target findings=$work/findings/$target log=$work/logs/$target.log
  mkdir -p "$corpus" "$findings" "$work/logs" "$work/tmp"
  before=$(find "$findings" -type f | wc -l)
  options=(
    -max_total_time="$seconds" -timeout="$per_input_seconds" -rss_limit_mb="$rss_limit_mb" -max_len="${max_len[$target]}"
    -dict="Fuzz/dictionaries/${dictionary[$target]}.dict" -artifact_prefix="$findings/"
    # Swift's runtime keeps caches (type metadata, lazy globals) that LeakSanitizer would report at
    # exit; each CLI run reads its inputs once and exits, so leaks are not what is looked for.
    -detect_leaks=0 -print_final_stats=1
  )
  [ "$mode" = long ] && options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  echo "== $target: ${seconds}s ($mode), log $log"
  # TMPDIR: the folder each fuzzing process writes its input files into (FuzzWorkspace).
  # detect_leaks=0 at exit too: Foundation's file reading keeps a 4 KiB buffer LeakSanitizer reports.
  # SWIFT_BACKTRACE: the Swift runtime's own crash backtracer would catch a trap before libFuzzer does,
  # take seconds to symbolicate, and keep the output pipe open in a child process.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} TMPDIR=$work/tmp "$bin/$target" "${options[@]}" "$corpus" ".build-fuzz/seeds/$target" >"$log" 2>&1
  code=$?
  found=$(( $(find "$findings" -type f | wc -l) - before ))
  stats=$(grep -E '^#[0-9]+' "$log" | tail -1)
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  summary+=("$target: exit $code, ${found} new finding(s); last status: ${stats:-none}${runs:+; executed units $runs}")
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then
    status=1
    grep -E 'ERROR: libFuzzer|Swift runtime failure|Fatal error|Test unit written' "$log" | head -20
  fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
[ "$status" -eq 0 ] || echo "findings are in $work/findings/; docs/fuzzing.md says how to reproduce and minimise them"
exit $status
