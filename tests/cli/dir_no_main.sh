#!/usr/bin/env bash
# A directory without __main__.py given as the script: "PROG: can't find '__main__' module in 'ABS'", exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/proj"
echo 'print("not run")' >"$T/proj/other.py"
cd "$T" || exit 1
show $PY proj
show $PY "$T/proj" a b
show $PY ./proj/
