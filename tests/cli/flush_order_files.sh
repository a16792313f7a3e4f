#!/usr/bin/env bash
# stdout (block-buffered when not a tty) vs stderr (line-buffered), redirected to files.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/mix.py" <<'PYEOF'
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
sys.stderr.write("err 2\n")
print("out 3", end="")
if len(sys.argv) > 1:
    raise ValueError("at the end")
PYEOF
cd "$T" || exit 1
$PY mix.py >o.txt 2>e.txt
echo "separate files: exit=$?"
echo "-- o.txt"; cat o.txt; echo
echo "-- e.txt"; cat e.txt
$PY mix.py >both.txt 2>&1
echo "same file: exit=$?"
cat both.txt; echo
# The traceback is written before stdout is flushed at exit.
$PY mix.py raise >both.txt 2>&1
echo "same file, uncaught exception: exit=$?"
norm <both.txt; echo
