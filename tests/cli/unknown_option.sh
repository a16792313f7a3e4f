#!/usr/bin/env bash
# Unknown options: message and usage line on stderr, nothing on stdout, exit 2.
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

first2() {   # first2 CMD...: exit status, stdout size, first two stderr lines
    "$@" >"$T/.out" 2>"$T/.err"
    echo "exit=$? stdout-bytes=$(wc -c <"$T/.out")"
    head -n 2 "$T/.err" | norm
}
first2 $PY -Z
first2 $PY --frobnicate
first2 $PY -Z x.py
first2 $PY -c
