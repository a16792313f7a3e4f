#!/usr/bin/env bash
# sys.path[0] is the directory of the script, so modules next to it are importable from any cwd.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/app" "$T/elsewhere"
cat >"$T/app/helper.py" <<'PYEOF'
print("importing helper as", __name__)
def greet(who):
    return "hello " + who
PYEOF
cat >"$T/app/main.py" <<'PYEOF'
import sys
import helper
print(helper.greet("world"))
print("path0", sys.path[0])
print("helper file", helper.__file__)
PYEOF
# A module in the cwd is not importable when the script lives elsewhere.
cat >"$T/elsewhere/cwdmod.py" <<'PYEOF'
print("cwdmod imported")
PYEOF
cat >"$T/app/trycwd.py" <<'PYEOF'
try:
    import cwdmod
except ImportError as e:
    print(type(e).__name__, e)
PYEOF
show $PY "$T/app/main.py"
cd "$T" || exit 1
show $PY app/main.py
cd "$T/elsewhere" || exit 1
show $PY ../app/main.py
show $PY ../app/trycwd.py
