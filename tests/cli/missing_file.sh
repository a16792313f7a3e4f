#!/usr/bin/env bash
# A script that does not exist: "PROG: can't open file 'ABS': [Errno 2] ...", exit 2.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cd "$T" || exit 1
show $PY nofile.py
show $PY nofile.py a b
show $PY "$T/nodir/x.py"
show $PY ./sub/../nofile.py
