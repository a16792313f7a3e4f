#!/usr/bin/env bash
# A directory containing __main__.py is run as the script; its folder is sys.path[0].
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/app"
cat >"$T/app/__main__.py" <<'PYEOF'
import sys
import util
print("running", __name__, sys.argv)
print("path0", sys.path[0])
print(util.VALUE)
PYEOF
echo 'VALUE = "util ok"' >"$T/app/util.py"
cd "$T" || exit 1
show $PY app x
