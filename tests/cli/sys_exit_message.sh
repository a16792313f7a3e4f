#!/usr/bin/env bash
# sys.exit with a non-integer: the value is printed to stderr and the exit status is 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/ex.py" <<'PYEOF'
import sys
mode = sys.argv[1]
if mode == "str":
    sys.exit("bye")
elif mode == "list":
    sys.exit(["a", 1])
elif mode == "args":
    raise SystemExit("x", 2)
elif mode == "empty":
    sys.exit("")
PYEOF
for m in str list args empty; do show $PY "$T/ex.py" $m; done
