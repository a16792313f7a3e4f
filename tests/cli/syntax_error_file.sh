#!/usr/bin/env bash
# A SyntaxError in the script: reported before anything runs, traceback-style location, exit 1.
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

cat >"$T/bad.py" <<'PYEOF'
print("this line is never executed")
x = 1
if x = 2:
    pass
PYEOF
cat >"$T/bad2.py" <<'PYEOF'
print("never")
def f():
    return [1, 2
print(f())
PYEOF
cat >"$T/bad3.py" <<'PYEOF'
print("never")
s = "unterminated
PYEOF
cd "$T" || exit 1
show $PY bad.py
show $PY bad2.py
show $PY "$T/bad3.py"
