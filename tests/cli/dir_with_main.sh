#!/usr/bin/env bash
# A directory containing __main__.py is run as the script; its folder is sys.path[0].
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
