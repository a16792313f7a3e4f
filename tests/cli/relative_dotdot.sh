#!/usr/bin/env bash
# A script given by a relative path with .. components: argv[0] as given, sys.path[0] resolved.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/d/sub"
cat >"$T/d/x.py" <<'PYEOF'
import sys
print("argv0", sys.argv[0])
print("path0", sys.path[0])
print("file", __file__)
PYEOF
cd "$T/d/sub" || exit 1
show $PY ../x.py
show $PY ../sub/../x.py
show $PY ./../../d/x.py
