#!/usr/bin/env bash
# sys.exit with integers outside 0..255 (status is the low 8 bits) and with a bool.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

show $PY -c 'import sys; print("x"); sys.exit(-1)'
show $PY -c 'import sys; sys.exit(256 + 7)'
show $PY -c 'import sys; sys.exit(True)'
