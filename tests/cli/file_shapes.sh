#!/usr/bin/env bash
# Unusual but valid files: empty, comments only, no final newline, shebang, blank last lines.
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

: >"$T/empty.py"
printf '# just a comment\n\n# another\n' >"$T/comments.py"
printf 'print("no newline at end")' >"$T/nonl.py"
printf '#!/usr/bin/env python3\nprint("shebang ok")\n\n\n\n' >"$T/shebang.py"
printf 'if True:\n    print("indented last line")' >"$T/nonl_block.py"
cd "$T" || exit 1
for f in empty comments nonl shebang nonl_block; do show $PY $f.py; done
