#!/usr/bin/env bash
# Runs the libFuzzer targets built by `make fuzz` (build/fuzz/fuzz_<target>).
#
#   fuzz/run.sh smoke [SECONDS]            every target SECONDS (default 20) on its seed corpus;
#                                          exit 1 on any crash, leak, sanitizer report or timeout
#   fuzz/run.sh campaign TARGET SECONDS    one long single-process run (-jobs=1), new inputs kept
#                                          in build/fuzz/corpus/TARGET; prints a summary line
#   fuzz/run.sh cpu-campaign TARGET CPUSECS   a campaign that ends after CPUSECS of the fuzzer's own
#                                          CPU time (user+system), however busy the machine is
#   fuzz/run.sh repro TARGET FILE...       run the target once on each file (debugging a finding)
#
# Seeds: fuzz/corpus/<target>/ (in the tree: hand-written seeds and past findings), plus, for the
# source targets (compile, exec), a copy of every tests/**/*.py made at run time into
# build/fuzz/seed/source/. New inputs go to build/fuzz/corpus/<target>/ (the first corpus
# directory), crash/leak/timeout reproducers to build/fuzz/artifacts/. See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
B=build/fuzz
TARGETS="compile exec codec"
# Common libFuzzer options: a 10 s per-input limit (a hang is a finding), 2 GB RSS, 8 KB inputs,
# the interpreted program's stdout/stderr closed (the fuzzer's own reports still appear).
OPTS=(-timeout=10 -rss_limit_mb=2048 -max_len=8192 -close_fd_mask=3 -print_final_stats=1)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export PYTHONHASHSEED=0 LC_ALL=C.UTF-8

seeds() {  # seeds TARGET: the seed directories for a target
    local t=$1
    echo "$ROOT/fuzz/corpus/$t"
    if [ "$t" != codec ]; then
        if [ ! -d $B/seed/source ]; then
            mkdir -p $B/seed/source.tmp
            find tests -name '*.py' ! -path 'tests/fuzz/*' | while read -r f; do
                cp "$f" "$B/seed/source.tmp/$(echo "${f#tests/}" | tr / _)"
            done
            mv $B/seed/source.tmp $B/seed/source
        fi
        echo "$ROOT/$B/seed/source"
    fi
}

run_target() {  # run_target TARGET SECONDS LOG [extra libFuzzer options...]
    local t=$1 secs=$2 log=$3
    shift 3
    mkdir -p $B/corpus/$t $B/artifacts $B/work
    local dirs
    dirs=$(seeds "$t")
    # the program runs in a scratch directory: whatever it does to the cwd stays there
    (cd $B/work && "$ROOT/$B/fuzz_$t" "${OPTS[@]}" -max_total_time="$secs" \
        -artifact_prefix="$ROOT/$B/artifacts/$t-" "$@" "$ROOT/$B/corpus/$t" $dirs) \
        >"$log" 2>&1
}

case "${1:-}" in
smoke)
    secs=${2:-20}
    OPTS+=(-seed=1)  # reproducible in CI (the run still stops on time, not a count)
    fail=0
    for t in $TARGETS; do
        log=$B/smoke-$t.log
        if run_target "$t" "$secs" "$log"; then
            echo "fuzz-smoke $t: ok ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" |
                awk '{print $2}') runs)"
        else
            echo "fuzz-smoke $t: FAILED (see $log)"
            grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5
            fail=1
        fi
    done
    exit $fail
    ;;
campaign)
    t=$2 secs=$3
    log=$B/campaign-$t-$(date -u +%Y%m%dT%H%M%S).log
    start=$(date -u +%FT%TZ)
    rc=0
    run_target "$t" "$secs" "$log" || rc=$?
    echo "campaign $t: start $start commit $(git rev-parse --short HEAD) seconds $secs" \
         "corpus $(ls $B/corpus/$t | wc -l) exit $rc log $log"
    ;;
cpu-campaign)
    # Wall time is a poor budget on a shared machine: poll the fuzzer's CPU time from /proc and stop
    # it with SIGTERM (libFuzzer then prints its final stats and exits) once it has had CPUSECS.
    # (Not SIGINT: the exec target's programs may have taken it over with signal.signal.)
    # pgrep -o: the oldest match (LeakSanitizer briefly clones the process to stop its threads).
    t=$2 cpu=$3
    log=$B/campaign-$t-$(date -u +%Y%m%dT%H%M%S).log
    start=$(date -u +%FT%TZ) t0=$(date +%s)
    run_target "$t" 100000000 "$log" &
    runner=$!
    pid=
    while [ -z "$pid" ] && kill -0 $runner 2>/dev/null; do
        sleep 1
        pid=$(pgrep -o -f "$B/fuzz_$t " || true)
    done
    used=0
    while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
        # fields 14 and 15 of /proc/PID/stat: utime and stime in clock ticks
        used=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14+$15)/hz)}' /proc/"$pid"/stat 2>/dev/null ||
               echo "$used")
        [ "$used" -ge "$cpu" ] && { kill -TERM "$pid"; break; }
        sleep 5
    done
    rc=0
    wait $runner || rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' || true)
    echo "campaign $t: start $start commit $(git rev-parse --short HEAD) wall $(( $(date +%s) - t0 )) s" \
         "cpu $used s runs ${runs:-?} corpus $(ls $B/corpus/$t | wc -l) exit $rc log $log"
    ;;
repro)
    t=$2
    shift 2
    "$ROOT/$B/fuzz_$t" -timeout=10 -rss_limit_mb=2048 "$@"
    ;;
*)
    sed -n '2,15p' "$0"
    exit 2
    ;;
esac
