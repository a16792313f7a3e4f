#!/usr/bin/env bash
# __file__ of the main script is absolute (as given, not normalised); -c has no __file__.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/pkgdir"
cat >"$T/pkgdir/where.py" <<'PYEOF'
import sys
print("__file__", __file__)
print("argv0", sys.argv[0])
import mod
print("mod", mod.__file__)
PYEOF
echo 'X = 1' >"$T/pkgdir/mod.py"
cd "$T" || exit 1
show $PY pkgdir/where.py
show $PY ./pkgdir/where.py
cd "$T/pkgdir" || exit 1
show $PY where.py
show $PY -c 'try:
    print(__file__)
except NameError as e:
    print(type(e).__name__, e)'
