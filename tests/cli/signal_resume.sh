#!/usr/bin/env bash
# Signals and blocking reads from outside: a Python handler that returns lets readline() go on
# (PEP 475); Ctrl-C at the -i prompt prints KeyboardInterrupt and gives a new prompt; a SIGINT
# ignored by the parent stays ignored (getsignal says SIG_IGN).
# Markers on stderr tell the script when to send; no fixed delays.
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'exec 3>&-; rm -rf "$T"' EXIT
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }
# wait_for PATTERN FILE: until FILE has a line matching PATTERN (at most ~5 s)
wait_for() {
    local i
    for i in $(seq 1000); do
        grep -q -- "$1" "$2" 2>/dev/null && return 0
        sleep 0.005
    done
    echo "timed out waiting for $1"
}
# wait_blocked PID: until the process sleeps in the kernel
wait_blocked() {
    local i
    for i in $(seq 1000); do
        [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" = S ] && return 0
        sleep 0.005
    done
}
report() {
    echo "[stdout]"; norm <"$T/.out"; echo "[stderr]"; norm <"$T/.err"; echo "[exit $1]"
}

mkfifo "$T/fifo"
exec 3<>"$T/fifo"

echo "== handler returns: readline goes on"
cat >"$T/resume.py" <<'PYEOF'
import signal, sys
def handler(signum, frame):
    print("handler", signum, file=sys.stderr, flush=True)
signal.signal(signal.SIGUSR1, handler)
print("ready", file=sys.stderr, flush=True)
print("read", repr(sys.stdin.readline()))
PYEOF
$PY "$T/resume.py" <"$T/fifo" >"$T/.out" 2>"$T/.err" &
pid=$!
wait_for '^ready$' "$T/.err"
wait_blocked $pid
kill -USR1 $pid
wait_for '^handler' "$T/.err"
echo "a line" >&3
wait $pid
report $?

echo "== Ctrl-C at the -i prompt"
env --default-signal=INT $PY -q -i -I <"$T/fifo" >"$T/.out" 2>"$T/.err" &
pid=$!
wait_for '>>> ' "$T/.err"
wait_blocked $pid
kill -INT $pid
wait_for '^KeyboardInterrupt' "$T/.err"
echo 'print("after")' >&3
echo 'raise SystemExit(3)' >&3
wait $pid
report $?

echo "== SIGINT ignored by the parent stays ignored"
cat >"$T/ignored.py" <<'PYEOF'
import signal, sys
print(repr(signal.getsignal(signal.SIGINT)))
print("ready", file=sys.stderr, flush=True)
sys.stdin.readline()
print("not interrupted")
PYEOF
(trap '' INT; exec $PY "$T/ignored.py" <"$T/fifo" >"$T/.out" 2>"$T/.err") &
pid=$!
wait_for '^ready$' "$T/.err"
wait_blocked $pid
kill -INT $pid
echo "x" >&3
wait $pid
report $?
