#!/usr/bin/env bash
# print(..., flush=True) and sys.stdout.flush() order stdout and stderr written to the same file.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/fl.py" <<'PYEOF'
import sys
print("a", flush=True)
print("b", file=sys.stderr)
sys.stdout.write("c\n")
sys.stdout.flush()
print("d", file=sys.stderr, flush=True)
print("e", end="", flush=True)
print("f", file=sys.stderr)
print("g")
sys.exit("h")
PYEOF
$PY "$T/fl.py" >"$T/both.txt" 2>&1
echo "exit=$?"
cat "$T/both.txt"

# time.sleep does not flush: block-buffered stdout comes out after stderr
$PY -c "
import sys, time
print('before sleep')
time.sleep(0.01)
print('stderr after sleep', file=sys.stderr)
" >"$T/sleep.txt" 2>&1
cat "$T/sleep.txt"
