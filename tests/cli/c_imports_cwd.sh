#!/usr/bin/env bash
# With -c, sys.path[0] is "" and modules in the current directory are importable.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/cwdmod.py" <<'PYEOF'
VALUE = 42
print("cwdmod imported as", __name__)
PYEOF
cd "$T" || exit 1
show $PY -c 'import sys, cwdmod; print(repr(sys.path[0]), cwdmod.VALUE)'
show $PY -c 'import no_such_module_here'
