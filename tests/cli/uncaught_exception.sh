#!/usr/bin/env bash
# An uncaught exception: traceback on stderr (script path absolute), exit 1, earlier stdout kept.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/boom.py" <<'PYEOF'
def inner(d):
    return d["missing"]

def outer():
    return inner({})

print("before")
outer()
print("after")
PYEOF
cat >"$T/chain.py" <<'PYEOF'
try:
    int("x")
except ValueError:
    raise RuntimeError("while handling")
PYEOF
cd "$T" || exit 1
show $PY boom.py
show $PY chain.py
