#!/usr/bin/env bash
# Exit statuses of -c programs: success, SystemExit codes, exceptions, and output before exit.
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

$PY -c 'pass'; echo "pass: exit=$?"
$PY -c 'import sys; print("x"); sys.exit(5)'; echo "sys.exit(5): exit=$?"
$PY -c 'raise SystemExit(7)'; echo "SystemExit(7): exit=$?"
$PY -c 'import sys; sys.exit("msg")' 2>&1; echo "sys.exit(msg): exit=$?"
$PY -c 'raise TypeError' 2>/dev/null; echo "TypeError: exit=$?"
