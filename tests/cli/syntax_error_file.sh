#!/usr/bin/env bash
# A SyntaxError in the script: reported before anything runs, traceback-style location, exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/bad.py" <<'PYEOF'
print("this line is never executed")
x = 1
if x = 2:
    pass
PYEOF
cat >"$T/bad2.py" <<'PYEOF'
print("never")
def f():
    return [1, 2
print(f())
PYEOF
cat >"$T/bad3.py" <<'PYEOF'
print("never")
s = "unterminated
PYEOF
cd "$T" || exit 1
show $PY bad.py
show $PY bad2.py
show $PY "$T/bad3.py"
