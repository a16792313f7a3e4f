#!/usr/bin/env bash
# PY -c with several lines, and an uncaught exception inside -c code.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

show $PY -c 'total = 0
for i in range(5):
    total += i
print("total", total)'
show $PY -c 'print("a"); print("b")'
show $PY -c 'def f(x):
    return 1 / x
print("start")
f(0)'
show $PY -c ''
