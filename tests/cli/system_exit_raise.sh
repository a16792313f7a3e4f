#!/usr/bin/env bash
# raise SystemExit(N), SystemExit and finally blocks, caught SystemExit.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/ex.py" <<'PYEOF'
import sys
mode = sys.argv[1]
if mode == "raise2":
    raise SystemExit(2)
elif mode == "bare":
    raise SystemExit
elif mode == "finally":
    try:
        print("in try")
        sys.exit(4)
    finally:
        print("cleanup runs")
elif mode == "caught":
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught", e.code, repr(e))
    try:
        sys.exit(6)
    except Exception:
        print("not an Exception")
PYEOF
for m in raise2 bare finally caught; do show $PY "$T/ex.py" $m; done
