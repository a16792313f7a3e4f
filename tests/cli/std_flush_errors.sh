#!/usr/bin/env bash
# Errors while flushing sys.stdout / sys.stderr at exit (issue 7): as CPython's finalisation, a
# failed flush of sys.stdout is reported as "Exception ignored in: <stream>" plus the exception
# and the exit status becomes 120 (stderr's failure is silent but also gives 120), whatever the
# program's own outcome (sys.exit, an uncaught exception), except death by Ctrl-C. Covers a full
# device (/dev/full), a pipe whose reader has gone (SIGPIPE ignored: BrokenPipeError), errors
# raised while the program runs (a block that bypasses the buffer, flush(), line buffering as on
# a terminal, -u), replaced, closed and None streams.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

# full LABEL ARGS...: run the interpreter with stdout on /dev/full; print stderr and status
full() {
    local label=$1
    shift
    $PY "$@" >/dev/full 2>"$T/.err"
    local rc=$?
    echo "== $label"
    norm <"$T/.err"
    echo "[exit $rc]"
}

full "print" -c "print('hi')"
full "sys.exit(3)" -c "import sys; print('hi'); sys.exit(3)"
full "SystemExit(msg)" -c "print('hi'); raise SystemExit('bye')"
full "uncaught" -c "print('hi'); 1/0"
full "KeyboardInterrupt" -c "print('hi'); raise KeyboardInterrupt"
full "write, no newline" -c "import sys; sys.stdout.write('hi')"
full "nothing written" -c "pass"
full "flush() in the program" -c "import sys; print('hi'); sys.stdout.flush()"
full "big write in the program" -c "import sys; sys.stdout.write('x' * 10000)"
full "line buffered (a terminal)" -c \
    "import sys; sys.stdout.reconfigure(line_buffering=True); print('hi')"
full "-u" -u -c "print('hi')"
full "close() in the program" -c "import sys; print('hi'); sys.stdout.close()"
full "stdout = None" -c "import sys; print('hi'); sys.stdout = None"
full "os._exit" -c "print('hi'); import os; os._exit(0)"

echo "== stderr on /dev/full"
$PY -c "import sys; print('out'); sys.stderr.write('err')" 2>/dev/full
echo "[exit $?]"

cat >"$T/w.py" <<'PYEOF'
import sys
class W:
    def write(self, s): return len(s)
    def flush(self): raise ValueError("nope")
    def __repr__(self): return "<W>"
class Closed(W):
    closed = True
class BadClosed(W):
    @property
    def closed(self): raise KeyError("closed")
how = sys.argv[1]
if how == "stdout":
    sys.stdout = W()
    print("hi")
elif how == "stderr":
    sys.stderr = W()
elif how == "closed":
    sys.stdout = Closed()
else:
    sys.stdout = BadClosed()
    sys.exit(4)
PYEOF
for how in stdout stderr closed badclosed; do
    echo "== sys.stdout's flush raising: $how"
    (cd "$T" && $PY w.py $how >"$T/.out" 2>&1; echo $? >"$T/.rc")
    norm <"$T/.out"
    echo "[exit $(cat "$T/.rc")]"
done

# A pipe whose reader is gone before the interpreter writes: the program waits for EOF on a fifo
# that the reader holds open, and the reader closes its end of the pipe before it exits.
mkfifo "$T/fifo"
closed_pipe() {
    local label=$1 code=$2
    echo "== closed pipe: $label"
    { $PY -c "import sys; sys.stdin.read(); $code" <"$T/fifo" 2>"$T/.err"; echo $? >"$T/.rc"; } |
        { exec 3>"$T/fifo"; exec 0<&-; }
    norm <"$T/.err"
    echo "[exit $(cat "$T/.rc")]"
}
closed_pipe "print at exit" "print('x')"
closed_pipe "sys.exit(3)" "import sys; print('x'); sys.exit(3)"
closed_pipe "big print in the program" "print('x' * 100000)"
closed_pipe "flush() in the program" "import sys; print('x'); sys.stdout.flush()"
