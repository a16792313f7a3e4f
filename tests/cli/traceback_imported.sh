#!/usr/bin/env bash
# An exception raised inside an imported module: traceback names both files; exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/helper.py" <<'PYEOF'
def parse(s):
    return int(s)
PYEOF
cat >"$T/main.py" <<'PYEOF'
import helper
print(helper.parse("12"))
print(helper.parse("twelve"))
PYEOF
cat >"$T/badimport.py" <<'PYEOF'
print("before import")
import helper_missing
PYEOF
cd "$T" || exit 1
show $PY main.py
show $PY badimport.py
