#!/usr/bin/env bash
# Reading stdin when it is a pipe: input(), sys.stdin.read(), iterating sys.stdin.
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

echo hi | show $PY -c 'print(input())'
printf 'first line\nsecond\nlast without newline' | show $PY -c 'print(repr(input())); print(repr(input())); print(repr(input()))'
printf 'x\ny\n' | show $PY -c 'import sys; print(repr(sys.stdin.read()))'
printf '1\n2\n3\n' | show $PY -c 'import sys
print(sum(int(line) for line in sys.stdin))'
printf 'héllo\n' | show $PY -c 's = input(); print(s, len(s))'
