#!/usr/bin/env bash
# KeyboardInterrupt raised explicitly: traceback and exit status 130 (death by SIGINT); caught: exit 0.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/ki.py" <<'PYEOF'
import sys
print("working")
if sys.argv[1] == "raise":
    raise KeyboardInterrupt
try:
    raise KeyboardInterrupt("stop")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
PYEOF
show $PY "$T/ki.py" raise
show $PY "$T/ki.py" catch
