#!/usr/bin/env bash
# PY -V and PY --version print "Python 3.11.N" on stdout and exit 0 without running anything.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

vnorm() { sed -E 's/^Python 3\.11\.[0-9]+$/Python 3.11.N/'; }
echo 'print("should not run")' >"$T/x.py"
show $PY -V | vnorm
show $PY --version | vnorm
show $PY -V "$T/x.py" | vnorm
show $PY --version -c 'print("no")' | vnorm
