#!/usr/bin/env bash
# raise SystemExit(N), SystemExit and finally blocks, caught SystemExit.
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
mode = sys.argv[1]
if mode == "raise2":
    raise SystemExit(2)
elif mode == "bare":
    raise SystemExit
elif mode == "finally":
    try:
        print("in try")
        sys.exit(4)
    finally:
        print("cleanup runs")
elif mode == "caught":
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught", e.code, repr(e))
    try:
        sys.exit(6)
    except Exception:
        print("not an Exception")
PYEOF
for m in raise2 bare finally caught; do show $PY "$T/ex.py" $m; done
