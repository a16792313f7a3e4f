#!/usr/bin/env bash
# Options accepted and ignored or honoured: -u (unbuffered stdout), -B, -E, bundled -uB, and -- .
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/mix.py" <<'PYEOF'
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
print(sys.argv[1:])
PYEOF
$PY -u "$T/mix.py" x >"$T/both.txt" 2>&1
echo "-u: exit=$?"; cat "$T/both.txt"
$PY -B -E "$T/mix.py" y >"$T/both.txt" 2>&1
echo "-B -E: exit=$?"; cat "$T/both.txt"
$PY -uB -- "$T/mix.py" -u >"$T/both.txt" 2>&1
echo "-uB --: exit=$?"; cat "$T/both.txt"
