#!/usr/bin/env bash
# sys.exit() / sys.exit(0) / sys.exit(None) exit 0, sys.exit(3) exits 3; nothing after it runs.
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

cat >"$T/ex.py" <<'PYEOF'
import sys
print("start", sys.argv[1])
mode = sys.argv[1]
if mode == "noarg":
    sys.exit()
elif mode == "zero":
    sys.exit(0)
elif mode == "none":
    sys.exit(None)
elif mode == "three":
    sys.exit(3)
print("not reached")
PYEOF
for m in noarg zero none three; do show $PY "$T/ex.py" $m; done
