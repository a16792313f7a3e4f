#!/usr/bin/env bash
# A script given by a relative path with .. components: argv[0] as given, sys.path[0] resolved.
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
