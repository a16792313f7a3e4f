#!/usr/bin/env bash
# taipan benchmark runner (`make bench`).
#
#   bench/run.sh [NAME...]      run all benchmarks in bench/*.py, or only the named ones
#
# Environment:
#   BENCH_RUNS=3         runs per benchmark and interpreter (taipan and CPython alternate)
#   BENCH_STARTUP_RUNS=20  runs of `-c pass` for the start-up measurement (0 = skip)
#   BENCH_TIMEOUT=120    per-run time limit in seconds
#   TAIPAN=./taipan      interpreter under test (copied to a temp dir first, so a parallel
#                        rebuild of ./taipan cannot change the binary mid-run)
#   CPYTHON=...          reference; default /usr/bin/python3.11 if present, else python3
#
# Times: "cpu" = user+sys CPU seconds of the process (from /usr/bin/time), "wall" = elapsed.
# The ratio column is CPython/taipan on *CPU time* (>1 means taipan is faster); CPU time is
# much less sensitive than wall time to other jobs competing for the machine's cores.
# The checksum (stdout) of every taipan run must equal CPython's, otherwise the benchmark is
# reported as FAIL and left out of the geometric mean.
set -u
cd "$(dirname "$0")/.." || exit 2

RUNS=${BENCH_RUNS:-3}
SRUNS=${BENCH_STARTUP_RUNS:-20}
TLIMIT=${BENCH_TIMEOUT:-120}
TAIPAN_SRC=${TAIPAN:-./taipan}
if [ -z "${CPYTHON:-}" ]; then
    if [ -x /usr/bin/python3.11 ]; then CPYTHON=/usr/bin/python3.11; else CPYTHON=$(command -v python3); fi
fi
[ -x "$TAIPAN_SRC" ] || { echo "bench: $TAIPAN_SRC not found (run make)" >&2; exit 2; }
[ -n "$CPYTHON" ] || { echo "bench: no CPython found" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/taipan-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cp "$TAIPAN_SRC" "$TMP/taipan"
TP="$TMP/taipan"

if [ -x /usr/bin/time ] && [ -z "${BENCH_NO_GNU_TIME:-}" ]; then HAVE_TIME=1; else HAVE_TIME=0; fi

# run_one PROG SCRIPT OUTFILE -> sets T_WALL T_CPU T_RSS T_RC
run_one() {
    local prog=$1 script=$2 out=$3 tf="$TMP/time.txt"
    if [ $HAVE_TIME = 1 ]; then
        /usr/bin/time -o "$tf" -f "%e %U %S %M %x" timeout "$TLIMIT" "$prog" "$script" >"$out" 2>"$out.err"
        T_RC=$?
        # /usr/bin/time prepends "Command exited with non-zero status N" on failure
        read -r T_WALL u s T_RSS _ < <(tail -n 1 "$tf")
        T_CPU=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')
        T_RSS=$(awk -v k="$T_RSS" 'BEGIN{printf "%.1f", k/1024}')   # KiB -> MiB
    else
        local TIMEFORMAT="%R %U %S"
        { time timeout "$TLIMIT" "$prog" "$script" >"$out" 2>"$out.err"; } 2>"$tf"
        T_RC=$?
        read -r T_WALL u s < <(tail -n 1 "$tf")
        T_CPU=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')
        T_RSS=n/a
    fi
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{if(NR==0){print "n/a"} else if(NR%2){print a[(NR+1)/2]} else {printf "%.3f\n",(a[NR/2]+a[NR/2+1])/2}}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 <= 0) b = 0.005; printf "%.2f", a/b }'; }

if [ $# -gt 0 ]; then
    NAMES=()
    for n in "$@"; do n=${n%.py}; n=${n##*/}; [ -f "bench/$n.py" ] || { echo "bench: no bench/$n.py" >&2; exit 2; }; NAMES+=("$n"); done
else
    NAMES=()
    for f in bench/*.py; do n=$(basename "$f" .py); NAMES+=("$n"); done
fi

echo "# taipan benchmarks  $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# taipan:  $TAIPAN_SRC ($(stat -c %s "$TP") bytes, git $(git rev-parse --short HEAD 2>/dev/null || echo '?')$([ -n "$(git status --porcelain -- src Makefile 2>/dev/null)" ] && echo '+uncommitted src changes'))"
echo "# CPython: $CPYTHON ($("$CPYTHON" -c 'import sys; print(sys.version.split()[0])'))"
echo "# machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load avg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# runs per benchmark: $RUNS (alternating); times are medians in seconds; ratio = CPython cpu / taipan cpu"
echo
printf '| %-11s | %8s | %8s | %6s | %8s | %8s | %7s | %7s | %-6s |\n' benchmark "cpy cpu" "tp cpu" ratio "cpy wall" "tp wall" "cpy MiB" "tp MiB" status
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------------- ---------: ---------: -------: ---------: ---------: --------: --------: --------

LOGRATIOS=() ; LOGWALL=() ; NFAIL=0
for n in "${NAMES[@]}"; do
    script="bench/$n.py"
    cc=() ; cw=() ; cm=() ; tc=() ; tw=() ; tm=() ; status=ok
    ref="$TMP/$n.cpython.out"
    for ((r = 1; r <= RUNS; r++)); do
        run_one "$CPYTHON" "$script" "$TMP/cp.out"
        cc+=("$T_CPU"); cw+=("$T_WALL"); cm+=("$T_RSS")
        if [ $r = 1 ]; then cp "$TMP/cp.out" "$ref"; [ $T_RC = 0 ] || status="CPY-ERR"; fi
        run_one "$TP" "$script" "$TMP/tp.out"
        tc+=("$T_CPU"); tw+=("$T_WALL"); tm+=("$T_RSS")
        if [ $T_RC = 124 ]; then status="FAIL(timeout)"
        elif [ $T_RC -ge 128 ]; then status="FAIL(signal $((T_RC - 128)))"
        elif ! cmp -s "$TMP/tp.out" "$ref"; then [ "$status" = ok ] && status="FAIL(checksum)"
        fi
        if [ "$status" != ok ]; then
            mkdir -p "${BENCH_FAILDIR:-/tmp/taipan-bench-failures}"
            cp "$TMP/tp.out" "${BENCH_FAILDIR:-/tmp/taipan-bench-failures}/$n.taipan.out"
            cp "$TMP/tp.out.err" "${BENCH_FAILDIR:-/tmp/taipan-bench-failures}/$n.taipan.err"
            cp "$ref" "${BENCH_FAILDIR:-/tmp/taipan-bench-failures}/$n.cpython.out"
        fi
    done
    mcc=$(echo "${cc[*]}" | median); mtc=$(echo "${tc[*]}" | median)
    mcw=$(echo "${cw[*]}" | median); mtw=$(echo "${tw[*]}" | median)
    mcm=$(echo "${cm[*]}" | median); mtm=$(echo "${tm[*]}" | median)
    [ $HAVE_TIME = 1 ] || { mcm=n/a; mtm=n/a; }
    if [ "$status" = ok ]; then
        rt=$(ratio "$mcc" "$mtc")
        LOGRATIOS+=("$rt"); LOGWALL+=("$(ratio "$mcw" "$mtw")")
    else
        rt="-"; NFAIL=$((NFAIL + 1))
    fi
    printf '| %-11s | %8s | %8s | %6s | %8s | %8s | %7s | %7s | %-6s |\n' "$n" "$mcc" "$mtc" "$rt" "$mcw" "$mtw" "$mcm" "$mtm" "$status"
done

geo() { tr ' ' '\n' | grep -v '^$' | awk '{s += log($1); n++} END{ if (n) printf "%.2f", exp(s/n); else print "n/a" }'; }
echo
echo "geometric mean of ratios (CPython/taipan, >1 = taipan faster), ${#LOGRATIOS[@]} passing benchmarks:" \
     "cpu $(echo "${LOGRATIOS[*]}" | geo), wall $(echo "${LOGWALL[*]}" | geo)"
[ $NFAIL = 0 ] || echo "FAILED: $NFAIL benchmark(s); outputs saved in ${BENCH_FAILDIR:-/tmp/taipan-bench-failures}/"

if [ "$SRUNS" -gt 0 ]; then
    # CPU time (user+sys of the child, from wait4) is what the 1 ms target is about; the wall
    # time from spawn to exit is shown too (it includes exec and waiting for a busy core)
    read -r tcpu twall ccpu cwall bcpu _ < <("$CPYTHON" bench/tools/startup.py "$SRUNS" "$TP" "$CPYTHON" | tr '\n' ' ')
    echo "start-up (-c pass, median of $SRUNS): taipan ${tcpu} ms CPU (${twall} ms wall)," \
         "CPython ${ccpu} ms CPU (${cwall} ms wall); /bin/true ${bcpu} ms CPU (exec + loader)"
fi
echo "taipan binary: $(stat -c %s "$TP") bytes ($(awk -v x="$(stat -c %s "$TP")" 'BEGIN{printf "%.0f", x/1024}') KiB)"
[ $NFAIL = 0 ]
