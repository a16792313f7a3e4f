#!/usr/bin/env bash
# Options accepted and ignored or honoured: -u (unbuffered stdout), -B, -E, bundled -uB, and -- .
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

cat >"$T/mix.py" <<'PYEOF'
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
print(sys.argv[1:])
PYEOF
$PY -u "$T/mix.py" x >"$T/both.txt" 2>&1
echo "-u: exit=$?"; cat "$T/both.txt"
$PY -B -E "$T/mix.py" y >"$T/both.txt" 2>&1
echo "-B -E: exit=$?"; cat "$T/both.txt"
$PY -uB -- "$T/mix.py" -u >"$T/both.txt" 2>&1
echo "-uB --: exit=$?"; cat "$T/both.txt"
