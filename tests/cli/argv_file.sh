#!/usr/bin/env bash
# PY file.py ARGS: sys.argv is [script path as given, args...].
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

cat >"$T/args.py" <<'PYEOF'
import sys
print(sys.argv)
print(len(sys.argv), type(sys.argv).__name__)
PYEOF
cd "$T" || exit 1
show $PY args.py a b c
# Arguments after the script are not options for the interpreter.
show $PY args.py "two words" "" -x --y -c z -V
show $PY "$T/args.py" 'héllo' '*' '$HOME'
show $PY -- args.py --
