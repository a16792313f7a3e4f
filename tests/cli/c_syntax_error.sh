#!/usr/bin/env bash
# PY -c with a syntax error: SyntaxError reported for "<string>", exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

show $PY -c 'x = (1,'
show $PY -c '1 +'
show $PY -c 'print("before")
def f(:
    pass'
show $PY -c 'if True:
print(1)'
