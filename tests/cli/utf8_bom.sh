#!/usr/bin/env bash
# A UTF-8 source file starting with a BOM runs normally (also with a utf-8 coding line).
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

printf '\xef\xbb\xbfprint("h\xc3\xa9llo", len("h\xc3\xa9llo"))\nimport sys\nprint(__doc__)\n' >"$T/bom.py"
printf '\xef\xbb\xbf# -*- coding: utf-8 -*-\n"""doc \xe2\x82\xac"""\nprint(__doc__, ascii(__doc__))\n' >"$T/bom2.py"
show $PY "$T/bom.py"
show $PY "$T/bom2.py"
