#!/usr/bin/env bash
# PY -c CODE ARGS: sys.argv[0] is "-c", the rest are the arguments; sys.path[0] is "".
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

show $PY -c 'import sys; print(sys.argv)' x y
show $PY -c 'import sys; print(sys.argv)'
show $PY -c 'import sys; print(sys.argv[0] == "-c", sys.argv[1:])' -V --version -c 'q' file.py
show $PY -c 'import sys; print(repr(sys.path[0]), __name__)'
