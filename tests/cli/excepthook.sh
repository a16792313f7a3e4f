#!/usr/bin/env bash
# A custom sys.excepthook is called for the uncaught exception; the exit status is still 1.
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

cat >"$T/hook.py" <<'PYEOF'
import sys
def hook(tp, value, tb):
    print("hook:", tp.__name__, value, tb is not None, file=sys.stderr)
sys.excepthook = hook
print("start")
raise LookupError("nope")
PYEOF
show $PY "$T/hook.py"
show $PY -c 'import sys; print(sys.excepthook is sys.__excepthook__)'
