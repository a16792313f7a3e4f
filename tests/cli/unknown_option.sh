#!/usr/bin/env bash
# Unknown options: message and usage line on stderr, nothing on stdout, exit 2.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

first2() {   # first2 CMD...: exit status, stdout size, first two stderr lines
    "$@" >"$T/.out" 2>"$T/.err"
    echo "exit=$? stdout-bytes=$(wc -c <"$T/.out")"
    head -n 2 "$T/.err" | norm
}
first2 $PY -Z
first2 $PY --frobnicate
first2 $PY -Z x.py
first2 $PY -c
