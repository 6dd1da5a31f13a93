#!/bin/sh
# fuzz.sh [--smoke] FUZZER [SECONDS] — runs the libFuzzer target (tests/fuzz/fuzz_target.c,
# built by `make fuzz`) over Patina's front end, one job, and reports what it did.
#
#   full (make fuzz, SECONDS defaults to 600): seeds are every tests/**/*.rs and
#       examples/*.rs (copied into WORK/seeds at each run); new inputs accumulate in
#       WORK/corpus across runs; findings (crash-*, leak-*, timeout-*, oom-*) are kept in
#       WORK/findings.
#   --smoke (make fuzz-smoke, part of make test, ~30 s): first replays every input of
#       tests/fuzz/regress (inputs that once crashed, leaked or hung), then fuzzes from the
#       examples and tests/syntax seeds with a fresh corpus.
# WORK is fuzz/ next to FUZZER. Exits 1 on any finding. Reproduce one with
#   FUZZER WORK/findings/crash-...
# Prints the executions run, exec/s, CPU time, coverage (libFuzzer's cov: edges, ft:
# features) and the findings.
smoke=false
[ "$1" = --smoke ] && { smoke=true; shift; }
fuzzer=$1 seconds=${2:-600}
[ -x "$fuzzer" ] || { echo "usage: fuzz.sh [--smoke] FUZZER [SECONDS]" >&2; exit 2; }
case $fuzzer in /*) ;; *) fuzzer=$(pwd)/$fuzzer ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(dirname "$fuzzer")/fuzz
cd "$root" || exit 2

# Inputs are one source file each: 4 KiB covers 99% of the tests. A hang is a unit over
# the timeout (wall clock, generous: the machine is shared); memory over the RSS limit is
# an oom finding. Leaks are checked on every input that mallocs more than it frees.
options="-max_len=4096 -timeout=25 -rss_limit_mb=2048 -detect_leaks=1 -dict=tests/fuzz/rust.dict -print_final_stats=1"

if $smoke; then
    regress=$(find tests/fuzz/regress -type f 2>/dev/null | sort)
    if [ -n "$regress" ]; then
        # shellcheck disable=SC2086
        if ! "$fuzzer" $options $regress > "$work.regress.log" 2>&1; then
            echo "FAIL fuzz-smoke: a tests/fuzz/regress input fails again:"
            grep -E '^Running:|ERROR|SUMMARY|runtime error' "$work.regress.log" | tail -8 | sed 's/^/    /'
            exit 1
        fi
    fi
    corpus=$work/smoke-corpus findings=$work/smoke-findings seeds=$work/smoke-seeds
    rm -rf "$corpus" "$findings" "$seeds"
    seed_files=$(find examples tests/syntax -name '*.rs' | sort)
else
    corpus=$work/corpus findings=$work/findings seeds=$work/seeds
    rm -rf "$seeds"
    seed_files=$(find tests examples -name '*.rs' -not -path 'tests/bench/*' -not -path 'tests/out/*' | sort)
fi
mkdir -p "$corpus" "$findings" "$seeds"
for f in $seed_files; do cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"; done

log=$work/$($smoke && echo smoke || echo fuzz).log
# findings of earlier runs stay for inspection; this run reports its own
stamp=$work/run-started
touch "$stamp"
echo "fuzz: $seconds s, one job, $(ls "$seeds" | wc -l) seeds + $(ls "$corpus" | wc -l) corpus inputs; log in $log"
# libFuzzer checks -max_total_time only once the seeds have run, which on a busy machine
# can take longer than the whole budget: SIGINT at the deadline ends it (exit 72) with
# its final statistics.
# shellcheck disable=SC2086
timeout --preserve-status -s INT "$((seconds + 5))" "$fuzzer" $options -max_total_time="$seconds" -artifact_prefix="$findings/" "$corpus" "$seeds" > "$log" 2>&1
status=$?
[ $status -eq 72 ] && grep -q 'run interrupted' "$log" && status=0

# the children's user and system CPU time: the second line of `times` (not in a subshell,
# whose children are not the fuzzer)
times > "$log.times"
cpu=$(tail -1 "$log.times")
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
last=$(grep -E '^#[0-9]+' "$log" | tail -1)
cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
echo "fuzz: $(stat number_of_executed_units) executions in $seconds s, $(stat average_exec_per_sec) exec/s," \
     "CPU (user, system) $cpu, coverage: ${cov:-?} edges, ${ft:-?} features," \
     "peak RSS $(stat peak_rss_mb) MB, corpus $(ls "$corpus" | wc -l) inputs"
found=$(find "$findings" -type f -newer "$stamp" -exec basename {} \;)
if [ $status -ne 0 ] || [ -n "$found" ]; then
    echo "FAIL fuzz: exit $status; findings in $findings:"
    for f in $found; do echo "    $f"; done
    grep -E 'ERROR: |SUMMARY: |runtime error|^    #[0-9]+ ' "$log" | head -20 | sed 's/^/    /'
    exit 1
fi
echo "fuzz: no crash, hang, leak or sanitizer report"
