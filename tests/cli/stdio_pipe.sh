#!/usr/bin/env bash
# The standard streams on pipes and files: reading sys.stdin (readline, input, iteration, read),
# -u / PYTHONUNBUFFERED (stdout and stderr write-through, on the bare FileIO), the order of
# stdout text, stdout.buffer bytes and stderr in one file, and a traceback after pending output.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show
unset PYTHONUNBUFFERED

cat >"$T/read.py" <<'PYEOF'
import sys
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print("iter", repr(line))
    break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
PYEOF
printf 'one\ntwo\r\nthree\nabcdef\nfour\nfive\nsix\n\xc3\xa9 end' >"$T/in.txt"
show $PY "$T/read.py" <"$T/in.txt"

cat >"$T/mix.py" <<'PYEOF'
import sys
print("buffer:", type(sys.stdout.buffer).__name__, type(sys.stderr.buffer).__name__,
      type(sys.stdin.buffer).__name__)
print("line_buffering:", sys.stdout.line_buffering, sys.stderr.line_buffering,
      "write_through:", sys.stdout.write_through, sys.stderr.write_through)
sys.stdout.write("text 1\n")
sys.stdout.buffer.write(b"bytes 1\n")
print("err 1", file=sys.stderr)
print("out 2", end="")
sys.stderr.write("err 2 no newline")
sys.stderr.buffer.write(b"[err bytes]")
print("out 3", flush=True)
print("err 3", file=sys.stderr, flush=True)
if len(sys.argv) > 1:
    print("pending before the traceback")
    raise KeyError(sys.argv[1])
PYEOF
cd "$T" || exit 1
for opt in "" "-u"; do
    echo "== $opt 2>&1"
    $PY $opt mix.py >both.txt 2>&1; echo "exit=$?"; cat both.txt; echo
    echo "== $opt raise, 2>&1"
    $PY $opt mix.py boom >both.txt 2>&1; echo "exit=$?"; norm <both.txt; echo
done
echo "== PYTHONUNBUFFERED=1"
PYTHONUNBUFFERED=1 $PY mix.py >both.txt 2>&1; echo "exit=$?"; cat both.txt; echo
echo "== separate files"
$PY mix.py >o.txt 2>e.txt; echo "exit=$?"; cat o.txt; echo "--"; cat e.txt; echo
echo "== stdout closed, stdin closed"
$PY -c 'import sys; print(sys.stdin, file=sys.stderr)' <&-; echo "exit=$?"
