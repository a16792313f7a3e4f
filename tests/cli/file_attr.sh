#!/usr/bin/env bash
# __file__ of the main script is absolute (as given, not normalised); -c has no __file__.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
# norm: temp dir -> TMP, interpreter name (with any directory) -> PROG
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }
# show CMD...: run CMD; print its normalised stdout, stderr and exit status
show() {
    "$@" >"$T/.out" 2>"$T/.err"
    local rc=$? s
    for s in out err; do
        echo "[std$s]"
        norm <"$T/.$s"
        if [ -s "$T/.$s" ] && [ -n "$(tail -c1 "$T/.$s")" ]; then echo; echo "[no newline at end]"; fi
    done
    echo "[exit $rc]"
}

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
