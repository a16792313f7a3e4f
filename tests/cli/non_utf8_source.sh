#!/usr/bin/env bash
# A source file with non-UTF-8 bytes and no coding declaration: SyntaxError, exit 1.
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

printf 'print("ok")\ns = "caf\xe9"\nprint(s)\n' >"$T/bad.py"
show $PY "$T/bad.py"
# The error is raised before anything runs, even for a bad byte in a comment.
printf 'print("ok")\n# \xff\n' >"$T/bad2.py"
show $PY "$T/bad2.py"
