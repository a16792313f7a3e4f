#!/usr/bin/env bash
# IndentationError / TabError in the script: message and exit 1.
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

printf 'print(1)\n    print(2)\n' >"$T/unexpected.py"
printf 'def f():\nreturn 1\n' >"$T/expected.py"
printf 'if True:\n        a = 1\n    b = 2\n' >"$T/unindent.py"
printf 'if True:\n\ta = 1\n        b = 2\n' >"$T/tabs.py"
cd "$T" || exit 1
for f in unexpected expected unindent tabs; do show $PY $f.py; done
