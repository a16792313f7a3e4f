#!/usr/bin/env bash
# print(..., flush=True) and sys.stdout.flush() order stdout and stderr written to the same file.
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

cat >"$T/fl.py" <<'PYEOF'
import sys
print("a", flush=True)
print("b", file=sys.stderr)
sys.stdout.write("c\n")
sys.stdout.flush()
print("d", file=sys.stderr, flush=True)
print("e", end="", flush=True)
print("f", file=sys.stderr)
print("g")
sys.exit("h")
PYEOF
$PY "$T/fl.py" >"$T/both.txt" 2>&1
echo "exit=$?"
cat "$T/both.txt"
