#!/usr/bin/env bash
# A NUL byte in the script file: SyntaxError at its line (text up to the NUL), exit 1.
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


cd "$T" || exit 1
printf 'print(1)\ny = 2\000 + 3\n' >mid.py
printf '\000' >only.py
printf 'x = (\n1,\000)\n' >paren.py
for f in mid only paren; do show $PY $f.py; done
