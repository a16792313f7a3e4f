#!/usr/bin/env bash
# The program read from stdin: PY < file, PY - args (sys.argv[0] is "-").
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

echo 'import sys; print("from stdin", sys.argv, repr(sys.path[0]))' | show $PY
echo 'import sys; print("from stdin", sys.argv)' | show $PY - a b
printf 'print(1)\nx = (\n' | show $PY -
printf 'print("ok")\nraise ValueError("boom")\n' | show $PY -
