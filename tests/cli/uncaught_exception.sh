#!/usr/bin/env bash
# An uncaught exception: traceback on stderr (script path absolute), exit 1, earlier stdout kept.
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

cat >"$T/boom.py" <<'PYEOF'
def inner(d):
    return d["missing"]

def outer():
    return inner({})

print("before")
outer()
print("after")
PYEOF
cat >"$T/chain.py" <<'PYEOF'
try:
    int("x")
except ValueError:
    raise RuntimeError("while handling")
PYEOF
cd "$T" || exit 1
show $PY boom.py
show $PY chain.py
