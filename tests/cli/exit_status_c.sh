#!/usr/bin/env bash
# Exit statuses of -c programs: success, SystemExit codes, exceptions, and output before exit.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

$PY -c 'pass'; echo "pass: exit=$?"
$PY -c 'import sys; print("x"); sys.exit(5)'; echo "sys.exit(5): exit=$?"
$PY -c 'raise SystemExit(7)'; echo "SystemExit(7): exit=$?"
$PY -c 'import sys; sys.exit("msg")' 2>&1; echo "sys.exit(msg): exit=$?"
$PY -c 'raise TypeError' 2>/dev/null; echo "TypeError: exit=$?"
