#!/usr/bin/env bash
# sys.exit() / sys.exit(0) / sys.exit(None) exit 0, sys.exit(3) exits 3; nothing after it runs.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/ex.py" <<'PYEOF'
import sys
print("start", sys.argv[1])
mode = sys.argv[1]
if mode == "noarg":
    sys.exit()
elif mode == "zero":
    sys.exit(0)
elif mode == "none":
    sys.exit(None)
elif mode == "three":
    sys.exit(3)
print("not reached")
PYEOF
for m in noarg zero none three; do show $PY "$T/ex.py" $m; done
