#!/usr/bin/env bash
# A custom sys.excepthook is called for the uncaught exception; the exit status is still 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/hook.py" <<'PYEOF'
import sys
def hook(tp, value, tb):
    print("hook:", tp.__name__, value, tb is not None, file=sys.stderr)
sys.excepthook = hook
print("start")
raise LookupError("nope")
PYEOF
show $PY "$T/hook.py"
show $PY -c 'import sys; print(sys.excepthook is sys.__excepthook__)'
