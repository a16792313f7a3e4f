#!/usr/bin/env bash
# A real SIGINT from outside (as Ctrl-C sends it) interrupts a busy loop, time.sleep(), a long
# sort with a key, and input() blocked on a pipe that never writes: KeyboardInterrupt is raised,
# `finally` blocks run, and an uncaught one prints its traceback and kills the process by SIGINT.
# Each program writes "ready" to stderr before it loops or blocks; the signal is sent only then
# (and, for the blocking ones, once the process sleeps in the kernel), so no fixed delays.
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'exec 3>&-; rm -rf "$T"' EXIT
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }

# interrupt PROG STDIN WAIT_BLOCKED: run PROG with SIGINT at its default action (a background
# job of a script has it ignored), send SIGINT after the marker, print what it wrote and how it
# ended (from waitpid: exit code or signal).
interrupt() {
    local prog=$1 in=$2 blocked=$3 pid="" i st
    rm -f "$T/.pid" "$T/.st"
    PIDFILE="$T/.pid" STFILE="$T/.st" perl -e '
        my $pid = fork;
        if ($pid == 0) { exec @ARGV or exit 127 }
        open(my $f, ">", $ENV{PIDFILE}); print $f "$pid\n"; close $f;
        waitpid($pid, 0);
        open(my $s, ">", $ENV{STFILE});
        print $s (($? & 127) ? "killed by signal " . ($? & 127) : "exit " . ($? >> 8)), "\n";
    ' env --default-signal=INT $PY "$T/$prog" <"$in" >"$T/.out" 2>"$T/.err" &
    local perl_pid=$!
    for i in $(seq 1000); do
        [ -z "$pid" ] && [ -s "$T/.pid" ] && pid=$(cat "$T/.pid")
        [ -n "$pid" ] && grep -q '^ready$' "$T/.err" 2>/dev/null && break
        sleep 0.005
    done
    if [ "$blocked" = 1 ]; then
        for i in $(seq 1000); do
            st=$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)
            [ "$st" = S ] && break
            sleep 0.005
        done
    fi
    kill -INT "$pid"
    wait "$perl_pid"
    echo "== $prog"
    norm <"$T/.out"
    echo "[stderr]"
    norm <"$T/.err"
    cat "$T/.st"
}

cat >"$T/busy.py" <<'PYEOF'
import sys
n = 0
try:
    while True:
        n += 1
        if n == 1000:
            print("ready", file=sys.stderr, flush=True)
finally:
    print("finally ran", n > 1000)
PYEOF
cat >"$T/sleep.py" <<'PYEOF'
import sys, time
def wait():
    try:
        print("ready", file=sys.stderr, flush=True)
        time.sleep(100)
    finally:
        print("finally ran")
wait()
PYEOF
cat >"$T/sort.py" <<'PYEOF'
import sys
data = list(range(100000))
try:
    print("ready", file=sys.stderr, flush=True)
    for i in range(1000):
        data = sorted(data, key=lambda x: -x)
except KeyboardInterrupt as e:
    print("caught", repr(e))
finally:
    print("finally ran")
print("after")
PYEOF
cat >"$T/read.py" <<'PYEOF'
import sys
try:
    print("ready", file=sys.stderr, flush=True)
    line = input()
finally:
    print("finally ran")
PYEOF
cat >"$T/readline.py" <<'PYEOF'
import sys
try:
    print("ready", file=sys.stderr, flush=True)
    sys.stdin.readline()
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
PYEOF

mkfifo "$T/fifo"
exec 3<>"$T/fifo"   # a writer that never writes: reads block forever
interrupt busy.py /dev/null 0
interrupt sleep.py /dev/null 1
interrupt sort.py /dev/null 0
interrupt read.py "$T/fifo" 1
interrupt readline.py "$T/fifo" 1
